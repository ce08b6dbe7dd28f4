/**
 * The `kubernetes-version` setting. The bundled schemas are Kubernetes 1.36
 * only (no npm package ships one schema per minor version), so an older minor
 * changes one thing, where the answer is exact: which apiVersions its API
 * server serves. An object whose apiVersion that version does not serve
 * (removed, or not yet added) is an error; field checks always use 1.36.
 */
import { InputError } from '../../errors.ts'

/** The version the bundled schemas come from: the default. */
export const BUNDLED_KUBERNETES_MINOR = 36
/** The oldest version whose served apiVersions the table below describes completely. */
export const OLDEST_KUBERNETES_MINOR = 22

/** First minor that serves an apiVersion (or one kind of it), and the first that no longer does. */
interface Served {
  readonly added?: number
  readonly removed?: number
}

/**
 * Only what changes between 1.22 and 1.36 (every other built-in apiVersion is
 * served by all of them), from the Kubernetes deprecated-API migration guide
 * and release notes. Beta and alpha APIs whose dates are not certain are left
 * out: they get no served check rather than a wrong one.
 */
const GROUP_VERSIONS: Readonly<Record<string, Served>> = {
  'apiextensions.k8s.io/v1beta1': { removed: 22 },
  'apiregistration.k8s.io/v1beta1': { removed: 22 },
  'apps/v1beta1': { removed: 16 },
  'apps/v1beta2': { removed: 16 },
  'authorization.k8s.io/v1beta1': { removed: 22 },
  'autoscaling/v2': { added: 23 },
  'autoscaling/v2beta1': { removed: 25 },
  'autoscaling/v2beta2': { removed: 26 },
  'batch/v1beta1': { removed: 25 },
  'discovery.k8s.io/v1beta1': { removed: 25 },
  'events.k8s.io/v1beta1': { removed: 25 },
  'extensions/v1beta1': { removed: 22 },
  'flowcontrol.apiserver.k8s.io/v1': { added: 29 },
  'flowcontrol.apiserver.k8s.io/v1beta1': { removed: 26 },
  'flowcontrol.apiserver.k8s.io/v1beta2': { added: 23, removed: 29 },
  'flowcontrol.apiserver.k8s.io/v1beta3': { added: 26, removed: 32 },
  'node.k8s.io/v1beta1': { removed: 25 },
  'rbac.authorization.k8s.io/v1beta1': { removed: 22 },
  'resource.k8s.io/v1': { added: 34 },
  'resource.k8s.io/v1beta1': { added: 32 },
  'resource.k8s.io/v1beta2': { added: 33 },
  'scheduling.k8s.io/v1beta1': { removed: 22 },
}

/** Kinds whose group-version was reused or extended at another time than the rest of it. */
const KINDS: Readonly<Record<string, Served>> = {
  'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': { added: 30 },
  'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': { added: 30 },
  'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration': { removed: 22 },
  'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration': { removed: 22 },
  'authentication.k8s.io/v1/SelfSubjectReview': { added: 28 },
  'authentication.k8s.io/v1beta1/TokenReview': { removed: 22 },
  'certificates.k8s.io/v1beta1/CertificateSigningRequest': { removed: 22 },
  'coordination.k8s.io/v1beta1/Lease': { removed: 22 },
  'networking.k8s.io/v1/IPAddress': { added: 33 },
  'networking.k8s.io/v1/ServiceCIDR': { added: 33 },
  'networking.k8s.io/v1beta1/Ingress': { removed: 22 },
  'networking.k8s.io/v1beta1/IngressClass': { removed: 22 },
  'networking.k8s.io/v1beta1/IPAddress': { added: 31 },
  'networking.k8s.io/v1beta1/ServiceCIDR': { added: 31 },
  'policy/v1beta1/PodDisruptionBudget': { removed: 25 },
  'policy/v1beta1/PodSecurityPolicy': { removed: 25 },
  'storage.k8s.io/v1/CSIStorageCapacity': { added: 24 },
  'storage.k8s.io/v1/VolumeAttributesClass': { added: 34 },
  'storage.k8s.io/v1beta1/CSIDriver': { removed: 22 },
  'storage.k8s.io/v1beta1/CSINode': { removed: 22 },
  'storage.k8s.io/v1beta1/CSIStorageCapacity': { removed: 27 },
  'storage.k8s.io/v1beta1/StorageClass': { removed: 22 },
  'storage.k8s.io/v1beta1/VolumeAttachment': { removed: 22 },
  'storage.k8s.io/v1beta1/VolumeAttributesClass': { added: 31 },
}

/**
 * Config Sync reports these itself (KNV1050, deprecated kinds), so they are
 * not reported twice.
 */
const REPORTED_AS_KNV1050 = new Set(
  [
    'DaemonSet',
    'Deployment',
    'Ingress',
    'ReplicaSet',
    'NetworkPolicy',
    'PodSecurityPolicy',
    'StatefulSet',
  ].map((k) => `extensions/v1beta1/${k}`),
)

/** The minor version the setting selects; anything outside the supported range is an InputError naming the setting. */
export function kubernetesMinor(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return BUNDLED_KUBERNETES_MINOR
  const match = /^v?1\.(\d{1,3})(?:\.\d+)?$/.exec(value.trim())
  const minor = match === null ? undefined : Number(match[1])
  if (minor === undefined || minor < OLDEST_KUBERNETES_MINOR || minor > BUNDLED_KUBERNETES_MINOR) {
    throw new InputError(
      `kubernetes-version "${value}" is not supported: the bundled schemas are Kubernetes 1.${BUNDLED_KUBERNETES_MINOR}, and 1.${OLDEST_KUBERNETES_MINOR} to 1.${BUNDLED_KUBERNETES_MINOR} are accepted (older minors change which apiVersions are served; fields are checked against 1.${BUNDLED_KUBERNETES_MINOR})`,
      {
        hint: `e.g. kubernetes-version: "1.${BUNDLED_KUBERNETES_MINOR}" (--kubernetes-version 1.${BUNDLED_KUBERNETES_MINOR})`,
      },
    )
  }
  return minor
}

/** Why Kubernetes 1.minor would refuse apiVersion/kind as not served, or undefined when it serves it (or we cannot say). */
export function notServedReason(apiVersion: string, kind: string, minor: number): string | undefined {
  const key = `${apiVersion}/${kind}`
  if (REPORTED_AS_KNV1050.has(key)) return undefined
  const served = servedEntry(apiVersion, kind)
  if (served === undefined) return undefined
  if (served.removed !== undefined && minor >= served.removed) return `it was removed in 1.${served.removed}`
  if (served.added !== undefined && minor < served.added) return `it was added in 1.${served.added}`
  return undefined
}

function servedEntry(apiVersion: string, kind: string): Served | undefined {
  const key = `${apiVersion}/${kind}`
  if (Object.hasOwn(KINDS, key)) return KINDS[key]
  return Object.hasOwn(GROUP_VERSIONS, apiVersion) ? GROUP_VERSIONS[apiVersion] : undefined
}
