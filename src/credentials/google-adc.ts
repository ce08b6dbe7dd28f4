import { readFile } from 'node:fs/promises'
import { RegistryError } from '../errors.ts'

/**
 * An OAuth2 access token from Google Application Default Credentials
 * (https://cloud.google.com/docs/authentication/application-default-credentials):
 * the file GOOGLE_APPLICATION_CREDENTIALS names (google-github-actions/auth
 * writes an `external_account` file for workload identity federation, or
 * the service-account key), gcloud's application-default file, or the
 * metadata server. google-auth-library does the exchange and is loaded only
 * when a Google registry asks for credentials.
 */

/** A token and a description of where it came from (never the token). */
export interface GoogleToken {
  readonly token: string
  readonly source: string
}

/** Gets a token, or undefined when no Application Default Credentials exist; injectable for tests. */
export type GoogleTokenProvider = (env: NodeJS.ProcessEnv) => Promise<GoogleToken | undefined>

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform'
const NO_ADC = /Could not load the default credentials/i
const UNUSED_PROJECT = 'configsync-oci-token-only'

/** ADC through google-auth-library. */
export const applicationDefaultToken: GoogleTokenProvider = async (env) => {
  const file = env['GOOGLE_APPLICATION_CREDENTIALS']?.trim() || undefined
  const fileType = file === undefined ? undefined : await credentialFileType(file)
  const sdk = await import('./google-auth-sdk.ts')
  // keyFilename, not process.env: the caller's env is the one that counts. A
  // project ID is never used for a token, but without one getClient() looks it
  // up by running `gcloud config config-helper` (4 s where gcloud is installed).
  const auth = new sdk.GoogleAuth({
    scopes: [CLOUD_PLATFORM],
    projectId: UNUSED_PROJECT,
    ...(file === undefined ? {} : { keyFilename: file }),
  })
  let source = file === undefined ? 'Google Application Default Credentials' : describeFile(file, fileType)
  try {
    const client = await auth.getClient()
    if (file === undefined) {
      const kind =
        client instanceof sdk.Compute
          ? 'the metadata server'
          : client instanceof sdk.UserRefreshClient
            ? "gcloud's application-default credentials file"
            : 'the gcloud credentials file'
      source = `Google Application Default Credentials (${kind})`
    }
    const { token } = await client.getAccessToken()
    if (typeof token !== 'string' || token === '') throw new Error('no access token in the answer')
    return { token, source }
  } catch (error) {
    if (file === undefined && error instanceof Error && NO_ADC.test(error.message)) return undefined
    throw new RegistryError('get Google credentials', `${source}: no access token: ${shortMessage(error)}`, {
      cause: error,
      hint:
        file === undefined
          ? 'run google-github-actions/auth before this step, or set GOOGLE_APPLICATION_CREDENTIALS'
          : 'check the workload identity provider / service account of google-github-actions/auth ' +
            '(the pool must allow this repository, and the principal needs roles/iam.workloadIdentityUser on the service account)',
    })
  }
}

/** The `type` of a credentials file (external_account, service_account, authorized_user …); the rest stays unread. */
async function credentialFileType(file: string): Promise<string> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new RegistryError(
      'get Google credentials',
      `GOOGLE_APPLICATION_CREDENTIALS names ${file}, which cannot be read`,
      {
        cause: error,
        hint: 'the file google-github-actions/auth wrote is removed by its post step; run this action in the same job, after auth',
      },
    )
  }
  try {
    const parsed: unknown = JSON.parse(text)
    const type = typeof parsed === 'object' && parsed !== null && 'type' in parsed ? parsed.type : undefined
    return typeof type === 'string' ? type : 'unknown type'
  } catch (error) {
    throw new RegistryError(
      'get Google credentials',
      `GOOGLE_APPLICATION_CREDENTIALS names ${file}, which is not JSON`,
      { cause: error },
    )
  }
}

function describeFile(file: string, type: string | undefined): string {
  const kind =
    type === 'external_account' ? 'external_account, workload identity federation' : (type ?? 'unknown type')
  return `Google Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS=${file}, ${kind})`
}

/** The first line of an error, capped: library messages can be long JSON bodies. */
function shortMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const line = text.trim().split('\n')[0] ?? ''
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
