import { resolve } from 'node:path'
import {
  DEFAULT_ROOT_SYNC,
  parseFailOn,
  parseKubernetesVersion,
  parseSourceFormat,
  parseSyncScope,
  type SettingName,
  type ValidationSettings,
} from '../manifests/validation-settings.ts'
import { parseBoolean, type InputReader } from './inputs.ts'
import type { ValidationInputs } from '../settings/sections.ts'

/** The validation inputs' names, in one table. */
export const VALIDATION_INPUT = {
  sourceFormat: 'source-format',
  rootSync: 'root-sync',
  repoSync: 'repo-sync',
  allowSecrets: 'allow-secrets',
  schemaChecks: 'schema-checks',
  kubernetesVersion: 'kubernetes-version',
  render: 'render',
  failOn: 'fail-on',
  sarifFile: 'sarif-file',
} as const

/** Reads and validates the validation inputs; paths resolve against the workspace. */
export function readValidationInputs(read: InputReader, workspace: string): ValidationInputs {
  const kubernetesVersion = parseKubernetesVersion(
    read(VALIDATION_INPUT.kubernetesVersion),
    inputName(VALIDATION_INPUT.kubernetesVersion),
  )
  const sarifFile = read(VALIDATION_INPUT.sarifFile).trim()
  return {
    validation: {
      sourceFormat: parseSourceFormat(
        read(VALIDATION_INPUT.sourceFormat),
        inputName(VALIDATION_INPUT.sourceFormat),
      ),
      scope: parseSyncScope(rootSyncInput(read), read(VALIDATION_INPUT.repoSync), {
        rootSync: inputName(VALIDATION_INPUT.rootSync),
        repoSync: inputName(VALIDATION_INPUT.repoSync),
      }),
      allowSecrets: parseBoolean(read(VALIDATION_INPUT.allowSecrets), VALIDATION_INPUT.allowSecrets),
      schemaChecks: booleanWithDefault(
        read(VALIDATION_INPUT.schemaChecks),
        VALIDATION_INPUT.schemaChecks,
        true,
      ),
      ...(kubernetesVersion === undefined ? {} : { kubernetesVersion }),
    },
    render: parseBoolean(read(VALIDATION_INPUT.render), VALIDATION_INPUT.render),
    failOn: parseFailOn(read(VALIDATION_INPUT.failOn), inputName(VALIDATION_INPUT.failOn)),
    ...(sarifFile === '' ? {} : { sarifFile: resolve(workspace, sarifFile) }),
  }
}

/**
 * The runner fills in action.yml's default `root-sync` whether or not the
 * workflow set it, so that value cannot conflict with `repo-sync`: only
 * another name can.
 */
function rootSyncInput(read: InputReader): string {
  const value = read(VALIDATION_INPUT.rootSync).trim()
  return value === DEFAULT_ROOT_SYNC && read(VALIDATION_INPUT.repoSync).trim() !== '' ? '' : value
}

function booleanWithDefault(value: string, name: string, fallback: boolean): boolean {
  return value.trim() === '' ? fallback : parseBoolean(value, name)
}

function inputName(name: string): SettingName {
  return { label: `input "${name}"`, example: (value) => `${name}: ${value}` }
}
