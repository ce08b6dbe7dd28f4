import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { keySigner } from '../../signing/signer.ts'
import { parseSignatureFormat, parseSignMode, type SigningPlan } from '../../signing/sign-on-publish.ts'
import { parseAnnotations } from '../../artifact/annotations.ts'
import { publish } from '../../pipeline/publish.ts'
import { renderFindingsText, renderPublishResult, stderrLogger } from '../../report/text-report.ts'
import { detectSourceInfo } from '../../source/source-info.ts'
import {
  EXIT,
  optional,
  parseCommandArgs,
  nonEmptyStrs,
  parseFormat,
  str,
  strs,
  UsageError,
  type CliCommand,
  type CliIo,
} from '../args.ts'
import { PUSH_FLAG_OPTIONS, readPushFlags, readTimeoutFlag, TIMEOUT_FLAG_OPTION } from '../push-flags.ts'
import { PUBLISH_USAGE } from '../usage.ts'
import { readValidationFlags, VALIDATION_FLAG_OPTIONS } from '../validation-flags.ts'
import { SUMMARY } from '../command-summaries.ts'

/** `configsync-oci publish`: validate, pack and push (Node 20 and later). */
export const publishCommand: CliCommand = {
  name: 'publish',
  summary: SUMMARY.publish,
  usage: PUBLISH_USAGE,
  run: runPublish,
}

async function runPublish(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      image: { type: 'string' },
      dir: { type: 'string' },
      tag: { type: 'string', short: 't', multiple: true },
      annotation: { type: 'string', short: 'a', multiple: true },
      ignore: { type: 'string', multiple: true },
      username: { type: 'string', short: 'u' },
      'password-stdin': { type: 'boolean' },
      insecure: { type: 'boolean' },
      'ca-file': { type: 'string' },
      revision: { type: 'string' },
      'source-url': { type: 'string' },
      created: { type: 'string' },
      format: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      ...VALIDATION_FLAG_OPTIONS,
      ...PUSH_FLAG_OPTIONS,
      ...TIMEOUT_FLAG_OPTION,
      sign: { type: 'string' },
      'signing-key': { type: 'string' },
      'signature-format': { type: 'string' },
      'no-attest': { type: 'boolean' },
    },
    'publish',
  )
  if (values['help'] === true) {
    io.stdout(PUBLISH_USAGE)
    return EXIT.ok
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"`, { hint: 'give the directory with --dir' })
  const format = parseFormat(values['format'])
  const tags = nonEmptyStrs(values['tag'], '--tag')
  const { validation, render, failOn } = readValidationFlags(values)
  const image = str(values['image'])
  if (image === undefined)
    throw new UsageError('--image is required', {
      hint: 'e.g. --image oci-layout:out:v1 or --image 127.0.0.1:5000/config/app',
    })
  const dir = resolve(str(values['dir']) ?? '.')
  const registry = { ...(await readPushFlags(values, io)), deadline: readTimeoutFlag(values) }
  // Read and checked before anything is pushed: a bad key names the flag.
  const signing = await readSigningFlags(values, io)
  const credentials = await readCredentials(str(values['username']), values['password-stdin'] === true, io)
  const source = await detectSourceInfo(dir, io.env, {
    ...optional('revision', str(values['revision'])),
    ...optional('url', str(values['source-url'])),
    ...optional('created', str(values['created'])),
  })
  const logger = stderrLogger({ verbose: values['verbose'] === true, quiet: values['quiet'] === true })
  const caFile = str(values['ca-file'])
  const result = await publish(
    {
      dir,
      image,
      tags,
      annotations: parseAnnotations(strs(values['annotation']), '--annotation'),
      ignore: strs(values['ignore']),
      source,
      insecure: values['insecure'] === true,
      ...(credentials ? { credentials } : {}),
      ...(caFile ? { caFile: resolve(caFile) } : {}),
      validation,
      render,
      failOn,
      registry,
      ...(signing === undefined ? {} : { signing }),
    },
    logger,
  )
  if (result.findings.length > 0) io.stderr(renderFindingsText(result.findings))
  io.stdout(renderPublishResult(result, format))
  return EXIT.ok
}

async function readCredentials(username: string | undefined, passwordStdin: boolean, io: CliIo) {
  if (username === undefined && !passwordStdin) return undefined
  if (username === undefined || !passwordStdin) {
    throw new UsageError('--username and --password-stdin go together', {
      hint: 'echo "$TOKEN" | configsync-oci publish -u USER --password-stdin …',
    })
  }
  const password = (await io.readStdin()).replace(/\r?\n$/, '')
  if (password === '') throw new UsageError('--password-stdin: stdin was empty')
  return { username, password, source: '--username/--password-stdin' }
}

type Values = Record<string, unknown>

/** --sign, --signing-key, --signature-format, --no-attest: a signing plan, or undefined when --sign is none. */
async function readSigningFlags(values: Values, io: CliIo): Promise<SigningPlan | undefined> {
  const mode = parseSignMode(str(values['sign']), '--sign')
  const keyPath = str(values['signing-key'])
  if (mode === 'none') {
    if (keyPath !== undefined)
      throw new UsageError('--signing-key needs --sign key', { hint: 'add --sign key to sign the push' })
    return undefined
  }
  if (keyPath === undefined)
    throw new UsageError('--sign key needs --signing-key FILE (or - to read the key from stdin)')
  if (keyPath === '-' && values['password-stdin'] === true)
    throw new UsageError('--signing-key - and --password-stdin both read stdin', {
      hint: 'give the key as a file: --signing-key key.pem',
    })
  let pem: string
  try {
    pem = keyPath === '-' ? await io.readStdin() : await readFile(resolve(keyPath), 'utf8')
  } catch {
    throw new UsageError(`--signing-key: cannot read ${keyPath}`)
  }
  return {
    signer: keySigner(pem, '--signing-key'),
    format: parseSignatureFormat(str(values['signature-format']), '--signature-format'),
    attest: values['no-attest'] !== true,
  }
}
