import { InputError } from '../errors.ts'
import { parseRunTimeout, runDeadline } from '../registry/deadline.ts'
import { DEFAULT_RETRIES } from '../registry/retry.ts'
import type { RegistrySettings } from '../registry/target-factory.ts'
import { list, parseBoolean, type InputReader } from './inputs.ts'

/** The registry inputs' names, in one table. */
export const REGISTRY_INPUT = {
  accessToken: 'access-token',
  githubToken: 'github-token',
  createRepository: 'create-repository',
  repositoryDescription: 'repository-description',
  repositoryLabels: 'repository-labels',
  retries: 'retries',
  mountFrom: 'mount-from',
  timeout: 'timeout',
} as const

/** The most retries accepted: beyond this a run only waits longer for a registry that is down. */
export const MAX_RETRIES = 10

/**
 * Reads and validates the registry inputs. Tokens are masked the moment they
 * are read. The result goes into PublishSettings.registry (env and mask are
 * added by the mode).
 */
export function readRegistryInputs(read: InputReader, mask: (secret: string) => void): RegistrySettings {
  const accessToken = secret(read(REGISTRY_INPUT.accessToken), mask)
  const githubToken = secret(read(REGISTRY_INPUT.githubToken), mask)
  const create = parseBoolean(read(REGISTRY_INPUT.createRepository), REGISTRY_INPUT.createRepository)
  const description = read(REGISTRY_INPUT.repositoryDescription).trim()
  const labels = parseRepositoryLabels(read(REGISTRY_INPUT.repositoryLabels), REGISTRY_INPUT.repositoryLabels)
  if (!create && (description !== '' || Object.keys(labels).length > 0)) {
    throw new InputError(
      `inputs "${REGISTRY_INPUT.repositoryDescription}" and "${REGISTRY_INPUT.repositoryLabels}" apply only with "${REGISTRY_INPUT.createRepository}: true"`,
      {
        hint: 'set create-repository: true, or remove them (an existing repository is never changed)',
      },
    )
  }
  return {
    ...(accessToken === undefined ? {} : { accessToken }),
    ...(githubToken === undefined ? {} : { githubToken }),
    retries: parseRetries(read(REGISTRY_INPUT.retries), REGISTRY_INPUT.retries),
    mountFrom: list(read(REGISTRY_INPUT.mountFrom)),
    // The clock starts now, when the run reads its inputs.
    deadline: runDeadline(parseRunTimeout(read(REGISTRY_INPUT.timeout), REGISTRY_INPUT.timeout)),
    repository: { create, labels, ...(description === '' ? {} : { description }) },
  }
}

function secret(value: string, mask: (secret: string) => void): string | undefined {
  const text = value.trim()
  if (text === '') return undefined
  mask(text)
  return text
}

/** A whole number from 0 to MAX_RETRIES; empty means the default. `label` names it in messages (a CLI flag, say). */
export function parseRetries(value: string, name: string, label = `input "${name}"`): number {
  const text = value.trim()
  if (text === '') return DEFAULT_RETRIES
  if (!/^\d+$/.test(text) || Number(text) > MAX_RETRIES) {
    throw new InputError(`${label} is "${text}", expected a whole number from 0 to ${MAX_RETRIES}`, {
      hint: `e.g. ${example(name, String(DEFAULT_RETRIES))} (0 turns retrying off)`,
    })
  }
  return Number(text)
}

// Google Cloud label rules (https://cloud.google.com/resource-manager/docs/labels-overview#requirements).
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u

/** key=value items, one per line or comma-separated, checked against Google's label rules. */
export function parseRepositoryLabels(
  value: string,
  name: string,
  label = `input "${name}"`,
): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const item of list(value)) {
    const eq = item.indexOf('=')
    const key = eq < 0 ? item : item.slice(0, eq).trim()
    const labelValue = eq < 0 ? '' : item.slice(eq + 1).trim()
    const fail = (why: string): never => {
      throw new InputError(`${label}: ${JSON.stringify(item)} ${why}`, {
        hint: `e.g. ${example(name, 'team=platform,env=prod')}`,
      })
    }
    if (eq < 0) fail('is not key=value')
    if (!LABEL_KEY.test(key))
      fail(
        'has a key that is not a Google label key (lowercase letter first, then lowercase letters, digits, _ or -, at most 63)',
      )
    if (!LABEL_VALUE.test(labelValue))
      fail('has a value that is not a Google label value (lowercase letters, digits, _ or -, at most 63)')
    if (Object.hasOwn(labels, key)) fail(`repeats the key ${key}`)
    labels[key] = labelValue
  }
  return labels
}

/** 'retries: 4' for an input, '--retries 4' for a flag. */
function example(name: string, value: string): string {
  return name.startsWith('--') ? `${name} ${value}` : `${name}: ${value}`
}
