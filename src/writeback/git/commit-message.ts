import { InputError } from '../../errors.ts'

/** The values a commit-message template may use, as {name}. */
export interface MessageValues {
  /** "RootSync config-management-system/root-sync" or the marker. */
  readonly target: string
  readonly image: string
  readonly digest: string
  /** owner/name of the repository the image was built from. */
  readonly repository?: string
  readonly sha?: string
  /** Link to the source commit. */
  readonly commitUrl?: string
  /** Link to the workflow run that wrote back. */
  readonly runUrl?: string
}

/** The default template; its first line is also the pull-request title. */
export const DEFAULT_COMMIT_MESSAGE = [
  'configsync-oci: set {target} image to {short-digest}',
  '',
  'Image: {image}',
  'Source: {repository}@{short-sha} {commit-url}',
  'Run: {run-url}',
].join('\n')

const PLACEHOLDER = /\{([a-z-]+)\}/g
const NAMES = [
  'target',
  'image',
  'digest',
  'short-digest',
  'repository',
  'sha',
  'short-sha',
  'commit-url',
  'run-url',
] as const

/** Throws an InputError naming `inputName` when the template uses an unknown {placeholder}. */
export function checkTemplate(template: string, inputName: string): void {
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!(NAMES as readonly string[]).includes(match[1]!)) {
      throw new InputError(`${inputName} uses {${match[1]}}, which is not a placeholder`, {
        hint: `use any of ${NAMES.map((n) => `{${n}}`).join(', ')}`,
      })
    }
  }
  if (template.trim() === '')
    throw new InputError(`${inputName} is empty`, { hint: `e.g. "${DEFAULT_COMMIT_MESSAGE.split('\n')[0]}"` })
}

/**
 * Fills in the template. A line whose placeholders are all unknown in this
 * run (no run URL outside Actions, say) is dropped rather than left half
 * empty.
 */
export function renderMessage(template: string, values: MessageValues): string {
  const table: Record<(typeof NAMES)[number], string> = {
    target: values.target,
    image: values.image,
    digest: values.digest,
    'short-digest': values.digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]*$/, '$1'),
    repository: values.repository ?? '',
    sha: values.sha ?? '',
    'short-sha': (values.sha ?? '').slice(0, 7),
    'commit-url': values.commitUrl ?? '',
    'run-url': values.runUrl ?? '',
  }
  const lines = template.split(/\r?\n/).flatMap((line) => {
    const used = [...line.matchAll(PLACEHOLDER)].map((m) => table[m[1] as keyof typeof table] ?? '')
    if (used.length > 0 && used.every((value) => value === '')) return []
    return [
      line
        .replace(PLACEHOLDER, (_, name: string) => table[name as keyof typeof table] ?? '')
        .replace(/[ \t]+$/, ''),
    ]
  })
  return `${lines.join('\n').trim()}\n`
}

/**
 * Source repository, commit and run links for the message, from the
 * workflow's environment (GITHUB_REPOSITORY, GITHUB_SERVER_URL,
 * GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT) and the published commit.
 */
export function sourceValues(
  env: NodeJS.ProcessEnv,
  revision: string | undefined,
  sourceUrl: string | undefined,
): Omit<MessageValues, 'target' | 'image' | 'digest'> {
  const repository = env['GITHUB_REPOSITORY'] || undefined
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '')
  const runId = env['GITHUB_RUN_ID']
  const attempt = env['GITHUB_RUN_ATTEMPT']
  const runUrl =
    repository && runId
      ? `${server}/${repository}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
      : undefined
  return {
    ...(repository ? { repository } : {}),
    ...(revision ? { sha: revision } : {}),
    ...(sourceUrl && revision ? { commitUrl: `${sourceUrl.replace(/\/+$/, '')}/commit/${revision}` } : {}),
    ...(runUrl ? { runUrl } : {}),
  }
}
