import { readTimeoutFlag, TIMEOUT_FLAG_OPTION } from '../push-flags.ts'
import { loadDiffOperand, type LoadOptions } from '../../diff/artifact-loader.ts'
import { diffArtifacts } from '../../diff/object-diff.ts'
import { DIFF_FORMAT, renderDiff, type DiffFormat } from '../../report/diff-report.ts'
import { stderrLogger } from '../../report/text-report.ts'
import { EXIT, parseCommandArgs, strs, UsageError, type CliCommand, type CliIo } from '../args.ts'
import { printCliError, readRegistryFlags, REGISTRY_FLAG_OPTIONS } from '../registry-flags.ts'
import { SUMMARY } from '../command-summaries.ts'

const DIFF_USAGE = `Usage: configsync-oci diff OLD NEW [--format text|json|markdown] [options]

Compares two artifacts object by object (group, kind, namespace, name):
objects added, removed and changed (a unified diff of each changed object's
YAML, keys in a stable order, Secret values redacted), changed files, and
the layer size change. OLD and NEW are each
  REGISTRY/REPO:TAG or REGISTRY/REPO@sha256:…   an artifact in a registry
  oci-layout:PATH[:TAG|@sha256:…]                an artifact in an OCI layout
  DIR                                            a directory, packed as publish would
(an existing directory wins over a reference; write ./name to be explicit).
Exit codes: 0 no differences, 1 differences, 2 error (a reference that does
not exist is an error, never "differs").

  --format text|json|markdown  output format                            (default text)
  --ignore PATTERN             gitignore-style pattern for DIR operands; repeatable
  -u, --username USER          registry user name; the password is read from stdin
      --password-stdin         read the registry password (or token) from stdin
  --insecure                   allow plain HTTP and skip TLS verification
  --ca-file FILE               PEM file of extra CA certificates for the registry
  --timeout DURATION           deadline for all registry reads, e.g. 30s, 5m (default 10m)
  -v, --verbose                debug lines on stderr (never secrets)
`

/** `configsync-oci diff OLD NEW` (Node 20 and later). */
export const diffCommand: CliCommand = {
  name: 'diff',
  summary: SUMMARY.diff,
  usage: DIFF_USAGE,
  run: runDiff,
}

async function runDiff(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string' },
        ignore: { type: 'string', multiple: true },
        verbose: { type: 'boolean', short: 'v' },
        ...REGISTRY_FLAG_OPTIONS,
        ...TIMEOUT_FLAG_OPTION,
      },
      'diff',
    )
    if (values['help'] === true) {
      io.stdout(DIFF_USAGE)
      return EXIT.ok
    }
    const [oldOperand, newOperand, ...extra] = positionals
    if (oldOperand === undefined || newOperand === undefined || extra.length > 0) {
      throw new UsageError(`diff takes two operands, OLD and NEW; got ${positionals.length}`, {
        hint: 'configsync-oci diff ghcr.io/acme/config:main ./config',
      })
    }
    const format = parseDiffFormat(values['format'])
    const registry = await readRegistryFlags(values, io, 'diff')
    const logger = stderrLogger({ verbose: values['verbose'] === true, quiet: true })
    const options: LoadOptions = {
      ...registry,
      registry: { deadline: readTimeoutFlag(values) },
      logger,
      ignore: strs(values['ignore']),
    }
    const [before, after] = await Promise.all([
      loadDiffOperand(oldOperand, options, 'OLD'),
      loadDiffOperand(newOperand, options, 'NEW'),
    ])
    const diff = diffArtifacts(before, after)
    io.stdout(renderDiff(diff, format))
    return diff.identical ? EXIT.ok : EXIT.failed
  } catch (error: unknown) {
    // 1 means "differs": every failure, usage or not, is 2.
    printCliError(error, io)
    return EXIT.usage
  }
}

function parseDiffFormat(value: unknown): DiffFormat {
  if (value === undefined) return DIFF_FORMAT.text
  if (value === DIFF_FORMAT.text || value === DIFF_FORMAT.json || value === DIFF_FORMAT.markdown) return value
  throw new UsageError(`--format "${String(value)}" is not supported`, {
    hint: 'use --format text, json or markdown',
  })
}
