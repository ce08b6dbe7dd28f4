/**
 * The spec checks the reconciler-manager applies to a RootSync or RepoSync
 * before it runs a reconciler (pkg/validate/rsync/validate/source_spec_validator.go;
 * ../shared/CONFIG-SYNC.md §2.1). Like Config Sync, only the first problem of
 * a spec is reported. Secret and CA lookups need the cluster and are not done.
 */
import { fieldAt, isMap } from './object-fields.ts'

/** A spec problem: Config Sync's KNV1061 message and the field it is about. */
export interface SpecProblem {
  readonly message: string
  readonly path: readonly string[]
}

type Spec = Readonly<Record<string, unknown>>
type Kind = 'RootSync' | 'RepoSync'

const GCP_SA_SUFFIX = '.iam.gserviceaccount.com'
const GIT_AUTH = ['ssh', 'cookiefile', 'gcenode', 'token', 'none', 'gcpserviceaccount', 'githubapp']
const OCI_AUTH = ['gcenode', 'gcpserviceaccount', 'k8sserviceaccount', 'none', 'token']
// Config Sync 1.24: only token reads a Secret; the others must not name one.
const OCI_WITHOUT_SECRET = ['gcenode', 'gcpserviceaccount', 'k8sserviceaccount', 'none']
const HELM_AUTH = ['gcenode', 'gcpserviceaccount', 'k8sserviceaccount', 'none', 'token']
const SOURCE_FORMATS: Readonly<Record<Kind, readonly string[]>> = {
  RootSync: ['', 'hierarchy', 'unstructured'],
  RepoSync: ['', 'unstructured'],
}

/** The first problem of a RootSync or RepoSync spec, or undefined. */
export function checkSyncSpec(
  object: Readonly<Record<string, unknown>>,
  kind: Kind,
): SpecProblem | undefined {
  const raw = object['spec']
  const spec: Spec = isMap(raw) ? raw : {}
  const format = spec['sourceFormat'] ?? ''
  if (typeof format !== 'string' || !SOURCE_FORMATS[kind].includes(format)) {
    const allowed = SOURCE_FORMATS[kind].filter((f) => f !== '').join(' or ')
    return {
      message: `${kind}s must specify spec.sourceFormat as ${allowed} (or leave it empty), found ${JSON.stringify(format)}`,
      path: ['spec', 'sourceFormat'],
    }
  }
  // The CRD defaults an empty sourceType to git.
  const type = spec['sourceType'] ?? 'git'
  let problem: SpecProblem | undefined
  if (type === 'git') problem = checkGit(spec, kind)
  else if (type === 'oci') problem = checkOci(spec, kind)
  else if (type === 'helm') problem = checkHelm(spec, kind)
  else
    return {
      message: `${kind}s must specify spec.sourceType to be one of "git", "oci", "helm"`,
      path: ['spec', 'sourceType'],
    }
  return problem ?? checkOverride(spec, kind)
}

/** RootSync roleRefs of kind Role need a namespace; resource overrides must not be negative. */
function checkOverride(spec: Spec, kind: Kind): SpecProblem | undefined {
  const override = spec['override']
  if (!isMap(override)) return undefined
  const roleRefs = kind === 'RootSync' && Array.isArray(override['roleRefs']) ? override['roleRefs'] : []
  const index = roleRefs.findIndex((r) => isMap(r) && r['kind'] === 'Role' && !nonEmpty(r['namespace']))
  if (index !== -1) {
    return {
      message: `${kind}s must specify 'spec.override.roleRefs.namespace' for role references with kind Role`,
      path: ['spec', 'override', 'roleRefs'],
    }
  }
  const resources = Array.isArray(override['resources']) ? override['resources'] : []
  for (const resource of resources) {
    if (!isMap(resource)) continue
    const field = ['cpuRequest', 'cpuLimit', 'memoryRequest', 'memoryLimit'].find((f) =>
      isNegative(resource[f]),
    )
    if (field !== undefined)
      return {
        message: `${kind} field 'spec.override.resources.${field}' must not be negative`,
        path: ['spec', 'override', 'resources'],
      }
  }
  return undefined
}

function isNegative(quantity: unknown): boolean {
  return (
    (typeof quantity === 'number' && quantity < 0) ||
    (typeof quantity === 'string' && quantity.trim().startsWith('-'))
  )
}

function checkOci(spec: Spec, kind: Kind): SpecProblem | undefined {
  const oci = spec['oci']
  if (!isMap(oci))
    return {
      message: `${kind}s must specify spec.oci when spec.sourceType is "oci"`,
      path: ['spec', 'sourceType'],
    }
  if (!nonEmpty(oci['image']))
    return {
      message: `${kind}s must specify spec.oci.image when spec.sourceType is "oci"`,
      path: ['spec', 'oci'],
    }
  return checkAuth(oci, 'oci', OCI_AUTH, kind) ?? checkSecretRef(oci, 'oci', OCI_WITHOUT_SECRET, kind)
}

function checkGit(spec: Spec, kind: Kind): SpecProblem | undefined {
  const git = spec['git']
  if (!isMap(git))
    return {
      message: `${kind}s must specify spec.git when spec.sourceType is "git"`,
      path: ['spec', 'sourceType'],
    }
  if (!nonEmpty(git['repo']))
    return {
      message: `${kind}s must specify spec.git.repo when spec.sourceType is "git"`,
      path: ['spec', 'git'],
    }
  const auth = checkAuth(git, 'git', GIT_AUTH, kind)
  if (auth !== undefined) return auth
  if (
    nonEmpty(git['proxy']) &&
    !['none', 'cookiefile', 'token', 'githubapp'].includes(git['auth'] as string)
  ) {
    return {
      message: `${kind}s which specify spec.git.proxy must also specify spec.git.auth as one of "none", "cookiefile", "token" or "githubapp"`,
      path: ['spec', 'git', 'proxy'],
    }
  }
  return checkSecretRef(git, 'git', ['none', 'gcenode', 'gcpserviceaccount'], kind)
}

function checkHelm(spec: Spec, kind: Kind): SpecProblem | undefined {
  const helm = spec['helm']
  if (!isMap(helm))
    return {
      message: `${kind}s must specify spec.helm when spec.sourceType is "helm"`,
      path: ['spec', 'sourceType'],
    }
  if (!nonEmpty(helm['repo']))
    return {
      message: `${kind}s must specify spec.helm.repo when spec.sourceType is "helm"`,
      path: ['spec', 'helm'],
    }
  if (!nonEmpty(helm['chart']))
    return {
      message: `${kind}s must specify spec.helm.chart when spec.sourceType is "helm"`,
      path: ['spec', 'helm'],
    }
  if ((helm['chart'] as string).includes('/'))
    return {
      message: `${kind} field spec.helm.chart must not contain a slash (/)`,
      path: ['spec', 'helm', 'chart'],
    }
  const auth = checkAuth(helm, 'helm', HELM_AUTH, kind)
  if (auth !== undefined) return auth
  if (helm['auth'] === 'token') return checkSecretRef(helm, 'helm', [], kind)
  const secretRef = checkSecretRef(helm, 'helm', HELM_AUTH, kind)
  if (secretRef !== undefined) return secretRef
  if (kind === 'RootSync' && nonEmpty(helm['namespace']) && nonEmpty(helm['deployNamespace'])) {
    return {
      message: `${kind}s must specify only one of 'spec.helm.namespace' or 'spec.helm.deployNamespace'`,
      path: ['spec', 'helm', 'deployNamespace'],
    }
  }
  const refs = Array.isArray(helm['valuesFileRefs']) ? helm['valuesFileRefs'] : []
  if (refs.some((ref) => !isMap(ref) || !nonEmpty(ref['name']))) {
    return {
      message: `${kind}s must specify spec.helm.valuesFileRefs.name`,
      path: ['spec', 'helm', 'valuesFileRefs'],
    }
  }
  return undefined
}

function checkAuth(
  source: Spec,
  type: string,
  allowed: readonly string[],
  kind: Kind,
): SpecProblem | undefined {
  const auth = source['auth']
  const path = ['spec', type, 'auth']
  if (typeof auth !== 'string' || !allowed.includes(auth)) {
    return { message: `${kind}s must specify spec.${type}.auth to be one of ${allowed.join(',')}`, path }
  }
  if (auth !== 'gcpserviceaccount') return undefined
  const email = source['gcpServiceAccountEmail']
  const emailPath = ['spec', type, 'gcpServiceAccountEmail']
  if (!nonEmpty(email)) {
    return {
      message: `${kind}s which specify spec.${type}.auth as "gcpserviceaccount" must also specify spec.${type}.gcpServiceAccountEmail`,
      path,
    }
  }
  if (!isGcpServiceAccountEmail(email as string)) {
    return {
      message: `${kind}s which specify spec.${type}.auth as "gcpserviceaccount" must use suffix <gcp_serviceaccount_name>.[${GCP_SA_SUFFIX}]`,
      path: emailPath,
    }
  }
  return undefined
}

/** The secretRef is forbidden for the auth types in `without`, required for the others. */
function checkSecretRef(
  source: Spec,
  type: string,
  without: readonly string[],
  kind: Kind,
): SpecProblem | undefined {
  const hasRef = nonEmpty(fieldAt(source, ['secretRef', 'name']))
  const auth = source['auth'] as string
  const path = ['spec', type, 'secretRef']
  if (without.includes(auth)) {
    if (!hasRef) return undefined
    return {
      message: `${kind}s which specify spec.${type}.auth as one of "none", "gcenode", or "gcpserviceaccount" must not specify spec.${type}.secretRef`,
      path,
    }
  }
  if (hasRef) return undefined
  return {
    message: `${kind}s which specify spec.${type}.auth as one of "ssh", "cookiefile", "githubapp", or "token" must also specify spec.${type}.secretRef`,
    path: ['spec', type, 'auth'],
  }
}

/** Local part of 6–30 characters, domain ending in .iam.gserviceaccount.com (validGCPServiceAccountEmail). */
export function isGcpServiceAccountEmail(email: string): boolean {
  const parts = email.split('@')
  if (parts.length !== 2) return false
  const [local, domain] = parts as [string, string]
  return local.length >= 6 && local.length <= 30 && domain.endsWith(GCP_SA_SUFFIX)
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value !== ''
}
