import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/manifests/schema/kubernetes-version.ts
var BUNDLED_KUBERNETES_MINOR = 36;
var OLDEST_KUBERNETES_MINOR = 22;
var GROUP_VERSIONS = {
  "apiextensions.k8s.io/v1beta1": { removed: 22 },
  "apiregistration.k8s.io/v1beta1": { removed: 22 },
  "apps/v1beta1": { removed: 16 },
  "apps/v1beta2": { removed: 16 },
  "authorization.k8s.io/v1beta1": { removed: 22 },
  "autoscaling/v2": { added: 23 },
  "autoscaling/v2beta1": { removed: 25 },
  "autoscaling/v2beta2": { removed: 26 },
  "batch/v1beta1": { removed: 25 },
  "discovery.k8s.io/v1beta1": { removed: 25 },
  "events.k8s.io/v1beta1": { removed: 25 },
  "extensions/v1beta1": { removed: 22 },
  "flowcontrol.apiserver.k8s.io/v1": { added: 29 },
  "flowcontrol.apiserver.k8s.io/v1beta1": { removed: 26 },
  "flowcontrol.apiserver.k8s.io/v1beta2": { added: 23, removed: 29 },
  "flowcontrol.apiserver.k8s.io/v1beta3": { added: 26, removed: 32 },
  "node.k8s.io/v1beta1": { removed: 25 },
  "rbac.authorization.k8s.io/v1beta1": { removed: 22 },
  "resource.k8s.io/v1": { added: 34 },
  "resource.k8s.io/v1beta1": { added: 32 },
  "resource.k8s.io/v1beta2": { added: 33 },
  "scheduling.k8s.io/v1beta1": { removed: 22 }
};
var KINDS = {
  "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy": { added: 30 },
  "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding": { added: 30 },
  "admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration": { removed: 22 },
  "admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration": { removed: 22 },
  "authentication.k8s.io/v1/SelfSubjectReview": { added: 28 },
  "authentication.k8s.io/v1beta1/TokenReview": { removed: 22 },
  "certificates.k8s.io/v1beta1/CertificateSigningRequest": { removed: 22 },
  "coordination.k8s.io/v1beta1/Lease": { removed: 22 },
  "networking.k8s.io/v1/IPAddress": { added: 33 },
  "networking.k8s.io/v1/ServiceCIDR": { added: 33 },
  "networking.k8s.io/v1beta1/Ingress": { removed: 22 },
  "networking.k8s.io/v1beta1/IngressClass": { removed: 22 },
  "networking.k8s.io/v1beta1/IPAddress": { added: 31 },
  "networking.k8s.io/v1beta1/ServiceCIDR": { added: 31 },
  "policy/v1beta1/PodDisruptionBudget": { removed: 25 },
  "policy/v1beta1/PodSecurityPolicy": { removed: 25 },
  "storage.k8s.io/v1/CSIStorageCapacity": { added: 24 },
  "storage.k8s.io/v1/VolumeAttributesClass": { added: 34 },
  "storage.k8s.io/v1beta1/CSIDriver": { removed: 22 },
  "storage.k8s.io/v1beta1/CSINode": { removed: 22 },
  "storage.k8s.io/v1beta1/CSIStorageCapacity": { removed: 27 },
  "storage.k8s.io/v1beta1/StorageClass": { removed: 22 },
  "storage.k8s.io/v1beta1/VolumeAttachment": { removed: 22 },
  "storage.k8s.io/v1beta1/VolumeAttributesClass": { added: 31 }
};
var REPORTED_AS_KNV1050 = new Set(
  [
    "DaemonSet",
    "Deployment",
    "Ingress",
    "ReplicaSet",
    "NetworkPolicy",
    "PodSecurityPolicy",
    "StatefulSet"
  ].map((k) => `extensions/v1beta1/${k}`)
);
function kubernetesMinor(value) {
  if (value === void 0 || value.trim() === "") return BUNDLED_KUBERNETES_MINOR;
  const match = /^v?1\.(\d{1,3})(?:\.\d+)?$/.exec(value.trim());
  const minor = match === null ? void 0 : Number(match[1]);
  if (minor === void 0 || minor < OLDEST_KUBERNETES_MINOR || minor > BUNDLED_KUBERNETES_MINOR) {
    throw new InputError(
      `kubernetes-version "${value}" is not supported: the bundled schemas are Kubernetes 1.${BUNDLED_KUBERNETES_MINOR}, and 1.${OLDEST_KUBERNETES_MINOR} to 1.${BUNDLED_KUBERNETES_MINOR} are accepted (older minors change which apiVersions are served; fields are checked against 1.${BUNDLED_KUBERNETES_MINOR})`,
      {
        hint: `e.g. kubernetes-version: "1.${BUNDLED_KUBERNETES_MINOR}" (--kubernetes-version 1.${BUNDLED_KUBERNETES_MINOR})`
      }
    );
  }
  return minor;
}
function notServedReason(apiVersion, kind, minor) {
  const key = `${apiVersion}/${kind}`;
  if (REPORTED_AS_KNV1050.has(key)) return void 0;
  const served = servedEntry(apiVersion, kind);
  if (served === void 0) return void 0;
  if (served.removed !== void 0 && minor >= served.removed) return `it was removed in 1.${served.removed}`;
  if (served.added !== void 0 && minor < served.added) return `it was added in 1.${served.added}`;
  return void 0;
}
function servedEntry(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (Object.hasOwn(KINDS, key)) return KINDS[key];
  return Object.hasOwn(GROUP_VERSIONS, apiVersion) ? GROUP_VERSIONS[apiVersion] : void 0;
}

export {
  BUNDLED_KUBERNETES_MINOR,
  OLDEST_KUBERNETES_MINOR,
  kubernetesMinor,
  notServedReason
};
//# sourceMappingURL=chunk-M6VYJO7U.js.map
