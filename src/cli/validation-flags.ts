import {
  parseFailOn,
  parseKubernetesVersion,
  parseSourceFormat,
  parseSyncScope,
  type SettingName,
  type ValidationSettings,
} from '../manifests/validation-settings.ts'
import { str, UsageError } from './args.ts'

/** The validation flags `validate` and `publish` share, as parseCommandArgs options. */
export const VALIDATION_FLAG_OPTIONS = {
  'source-format': { type: 'string' },
  'root-sync': { type: 'string' },
  'repo-sync': { type: 'string' },
  'allow-secrets': { type: 'boolean' },
  'no-schema-checks': { type: 'boolean' },
  'kubernetes-version': { type: 'string' },
  render: { type: 'boolean' },
  'fail-on': { type: 'string' },
} as const

/** Output formats of `validate`. */
export const VALIDATE_FORMAT = { text: 'text', json: 'json', sarif: 'sarif' } as const
export type ValidateFormat = (typeof VALIDATE_FORMAT)[keyof typeof VALIDATE_FORMAT]

/** The validation settings from parsed flags; bad values are usage errors (exit 2). */
export function readValidationFlags(values: Readonly<Record<string, unknown>>): ValidationSettings {
  const kubernetesVersion = parseKubernetesVersion(
    str(values['kubernetes-version']) ?? '',
    flagName('kubernetes-version'),
  )
  return {
    validation: {
      sourceFormat: parseSourceFormat(str(values['source-format']) ?? '', flagName('source-format')),
      scope: parseSyncScope(str(values['root-sync']), str(values['repo-sync']), {
        rootSync: flagName('root-sync'),
        repoSync: flagName('repo-sync'),
      }),
      allowSecrets: values['allow-secrets'] === true,
      schemaChecks: values['no-schema-checks'] !== true,
      ...(kubernetesVersion === undefined ? {} : { kubernetesVersion }),
    },
    render: values['render'] === true,
    failOn: parseFailOn(str(values['fail-on']) ?? '', flagName('fail-on')),
  }
}

/** --format text|json|sarif of `validate`. */
export function parseValidateFormat(value: unknown): ValidateFormat {
  if (value === undefined) return VALIDATE_FORMAT.text
  const format = Object.values(VALIDATE_FORMAT).find((f) => f === value)
  if (format === undefined) {
    throw new UsageError(`--format "${String(value)}" is not supported`, {
      hint: 'use --format text, --format json or --format sarif',
    })
  }
  return format
}

function flagName(flag: string): SettingName {
  return { label: `--${flag}`, example: (value) => `--${flag} ${value}` }
}
