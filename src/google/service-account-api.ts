import { googleCallError, type GoogleCall } from './google-errors.ts'
import { CONDITIONAL_POLICY_VERSION, normalizePolicy, type IamPolicy } from './iam-policy.ts'
import type { PolicyStore } from './policy-update.ts'

/**
 * The IAM policy of a Google service account, through the IAM REST API
 * (https://cloud.google.com/iam/docs/reference/rest/v1/projects.serviceAccounts/getIamPolicy):
 * POST …/v1/projects/-/serviceAccounts/EMAIL:getIamPolicy and :setIamPolicy,
 * sent as google-auth-library's authorized requests (loaded on demand, the
 * same chunk as Application Default Credentials).
 */

/** Overrides the IAM API root (a Private Service Connect endpoint, or a test fake). */
export const IAM_ENDPOINT_ENV = 'CONFIGSYNC_OCI_IAM_ENDPOINT'
const IAM_API = 'https://iam.googleapis.com'

/** How to reach the API. */
export interface ServiceAccountAccess {
  readonly accessToken: () => Promise<string>
  /** IAM_ENDPOINT_ENV's value, e.g. http://127.0.0.1:PORT. */
  readonly endpoint?: string
}

type AuthClient = InstanceType<Awaited<typeof import('../credentials/google-auth-sdk.ts')>['OAuth2Client']>

/** The policy store of service account `email`; nothing is contacted until the first call. */
export function serviceAccountPolicy(email: string, access: ServiceAccountAccess): PolicyStore {
  let client: Promise<AuthClient> | undefined
  const open = (): Promise<AuthClient> => (client ??= openClient(access))
  const base = `${(access.endpoint || IAM_API).replace(/\/+$/, '')}/v1/projects/-/serviceAccounts/${encodeURIComponent(email).replace(/%40/g, '@')}`
  const project = /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(email)?.[1] ?? 'PROJECT'
  const call = (verb: 'getIamPolicy' | 'setIamPolicy'): GoogleCall => ({
    operation: `${verb === 'getIamPolicy' ? 'read' : 'change'} the IAM policy of service account ${email}`,
    permission: `iam.serviceAccounts.${verb}`,
    roleHint: `grant roles/iam.serviceAccountAdmin on the service account ${email} (or its project ${project})`,
    api: 'iam.googleapis.com',
    project,
    notFound: {
      message: `service account ${email} does not exist`,
      hint: `create it: gcloud iam service-accounts create ${email.split('@')[0] ?? 'NAME'} --project ${project}`,
    },
  })
  return {
    resource: email,
    async get(): Promise<IamPolicy> {
      try {
        const response = await (
          await open()
        ).request({
          url: `${base}:getIamPolicy`,
          method: 'POST',
          params: { 'options.requestedPolicyVersion': CONDITIONAL_POLICY_VERSION },
        })
        return normalizePolicy(response.data)
      } catch (error: unknown) {
        throw googleCallError(error, call('getIamPolicy'))
      }
    },
    async set(policy: IamPolicy): Promise<IamPolicy> {
      try {
        const response = await (
          await open()
        ).request({ url: `${base}:setIamPolicy`, method: 'POST', data: { policy } })
        return normalizePolicy(response.data)
      } catch (error: unknown) {
        throw googleCallError(error, call('setIamPolicy'))
      }
    },
  }
}

async function openClient(access: ServiceAccountAccess): Promise<AuthClient> {
  const { OAuth2Client } = await import('../credentials/google-auth-sdk.ts')
  const client = new OAuth2Client()
  client.setCredentials({ access_token: await access.accessToken() })
  return client
}
