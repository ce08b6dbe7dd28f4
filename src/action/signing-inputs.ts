import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError } from '../errors.ts'
import type { SigningSettings } from '../settings/settings.ts'
import { parseSignatureFormat, parseSignMode } from '../signing/sign-on-publish.ts'
import { keySigner } from '../signing/signer.ts'
import { parseBoolean, type InputReader } from './inputs.ts'

/** Signing on publish (issue 16, key mode). */
export const SIGNING_INPUT = {
  sign: 'sign',
  key: 'signing-key',
  format: 'signature-format',
  attest: 'attest',
} as const

/**
 * sign, signing-key (PEM text, masked, or a path in the workspace),
 * signature-format, attest. The key is read and checked here, so a bad key
 * fails before anything is pushed; errors name the input, never the key.
 */
export function readSigningInputs(
  read: InputReader,
  mask: (secret: string) => void,
  workspace: string,
): SigningSettings {
  const mode = parseSignMode(read(SIGNING_INPUT.sign), `input "${SIGNING_INPUT.sign}"`)
  const value = read(SIGNING_INPUT.key).trim()
  // Masked whole and line by line: the runner matches masks within one log line.
  const maskPem = (pem: string): void => {
    mask(pem.trim())
    for (const line of pem.split(/\r?\n/))
      if (line.trim() !== '' && !line.startsWith('-----')) mask(line.trim())
  }
  if (value.includes('-----BEGIN')) maskPem(value)
  if (mode === 'none') return {}
  const keyName = `input "${SIGNING_INPUT.key}"`
  if (value === '')
    throw new InputError(`${keyName} is required when ${SIGNING_INPUT.sign} is key`, {
      hint: 'pass the PEM from a secret: signing-key: ${{ secrets.SIGNING_KEY }}',
    })
  const pem = value.includes('-----BEGIN') ? value : readKeyFile(value, workspace, keyName)
  if (pem !== value) maskPem(pem)
  const attest = read(SIGNING_INPUT.attest).trim()
  return {
    plan: {
      signer: keySigner(pem, keyName),
      format: parseSignatureFormat(read(SIGNING_INPUT.format), `input "${SIGNING_INPUT.format}"`),
      attest: attest === '' ? true : parseBoolean(attest, SIGNING_INPUT.attest),
    },
  }
}

function readKeyFile(path: string, workspace: string, name: string): string {
  try {
    return readFileSync(resolve(workspace, path), 'utf8')
  } catch {
    throw new InputError(`${name} is neither PEM text nor a readable file in the workspace`, {
      hint: 'pass the PEM text from a secret, or a path relative to the workspace',
    })
  }
}
