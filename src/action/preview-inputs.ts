import { InputError } from '../errors.ts'
import { DEFAULT_PREVIEW_NAME_TEMPLATE } from '../preview/preview-name.ts'
import { parseBoolean, type InputReader } from './inputs.ts'
import { REGISTRY_INPUT } from './registry-inputs.ts'
import type { PreviewInputs } from '../settings/sections.ts'

/**
 * The inputs of `mode: preview`. The token is the `github-token` input the
 * registry code already declares (the workflow token by default): one token
 * for ghcr.io and the pull request comment.
 */
export const PREVIEW_INPUT = {
  nameTemplate: 'preview-name-template',
  sync: 'preview-sync',
  base: 'preview-base',
  comment: 'comment',
  cleanup: 'cleanup',
} as const

/** Reads the preview inputs; the token is masked the moment it is read. */
export function readPreviewInputs(
  read: InputReader,
  mask: (secret: string) => void,
  env: NodeJS.ProcessEnv,
): PreviewInputs {
  const token = read(REGISTRY_INPUT.githubToken).trim()
  if (token !== '') mask(token)
  const template = read(PREVIEW_INPUT.nameTemplate).trim() || DEFAULT_PREVIEW_NAME_TEMPLATE
  if (!template.includes('{number}')) {
    throw new InputError(
      `input "${PREVIEW_INPUT.nameTemplate}" is "${template}"; it must contain {number}, or two pull requests would share one preview`,
      {
        hint: `e.g. ${PREVIEW_INPUT.nameTemplate}: preview-{number}`,
      },
    )
  }
  const base = read(PREVIEW_INPUT.base).trim()
  return {
    nameTemplate: template,
    sync: parseBoolean(read(PREVIEW_INPUT.sync), PREVIEW_INPUT.sync),
    ...(base === '' ? {} : { base }),
    comment: booleanOr(read(PREVIEW_INPUT.comment), PREVIEW_INPUT.comment, true),
    cleanup: booleanOr(read(PREVIEW_INPUT.cleanup), PREVIEW_INPUT.cleanup, true),
    token,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
  }
}

function booleanOr(value: string, name: string, fallback: boolean): boolean {
  return value.trim() === '' ? fallback : parseBoolean(value, name)
}
