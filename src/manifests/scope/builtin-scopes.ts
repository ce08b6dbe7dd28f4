/**
 * Scopes known without a cluster. The first part is Config Sync's own table
 * (pkg/util/discovery/core_scoper.generated.go; ../shared/CONFIG-SYNC.md §5).
 * The reconciler asks the API server for everything else, so the second part
 * adds the built-in kinds of current Kubernetes releases that the table
 * lacks: the API server of any cluster would report these scopes.
 */
import type { ObjectScope } from './scope-types.ts'

const C: ObjectScope = 'cluster'
const N: ObjectScope = 'namespace'

// [group, scope, kinds...]
const CONFIG_SYNC_CORE_SCOPER: ReadonlyArray<readonly [string, ObjectScope, ...string[]]> = [
  [
    '',
    N,
    'ConfigMap',
    'Endpoints',
    'Event',
    'LimitRange',
    'PersistentVolumeClaim',
    'Pod',
    'PodTemplate',
    'ReplicationController',
    'ResourceQuota',
    'Secret',
    'ServiceAccount',
    'Service',
  ],
  ['', C, 'Namespace', 'Node', 'PersistentVolume'],
  ['admissionregistration.k8s.io', C, 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
  ['apiextensions.k8s.io', C, 'CustomResourceDefinition'],
  ['apiregistration.k8s.io', C, 'APIService'],
  ['apps', N, 'ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'],
  ['autoscaling', N, 'HorizontalPodAutoscaler'],
  ['batch', N, 'CronJob', 'Job'],
  ['certificates.k8s.io', C, 'CertificateSigningRequest'],
  ['cloud.google.com', N, 'BackendConfig'],
  ['coordination.k8s.io', N, 'Lease'],
  ['extensions', N, 'DaemonSet', 'Deployment', 'Ingress', 'NetworkPolicy', 'ReplicaSet'],
  ['extensions', C, 'PodSecurityPolicy'],
  ['migration.k8s.io', C, 'StorageState', 'StorageVersionMigration'],
  ['networking.gke.io', N, 'ManagedCertificate', 'FrontendConfig', 'ServiceNetworkEndpointGroup'],
  ['networking.k8s.io', N, 'Ingress', 'NetworkPolicy'],
  ['networking.k8s.io', C, 'IngressClass'],
  ['node.k8s.io', C, 'RuntimeClass'],
  ['nodemanagement.gke.io', N, 'UpdateInfo'],
  ['policy', N, 'PodDisruptionBudget'],
  ['policy', C, 'PodSecurityPolicy'],
  ['rbac.authorization.k8s.io', C, 'ClusterRoleBinding', 'ClusterRole'],
  ['rbac.authorization.k8s.io', N, 'RoleBinding', 'Role'],
  ['scalingpolicy.kope.io', N, 'ScalingPolicy'],
  ['scheduling.k8s.io', C, 'PriorityClass'],
  ['storage.k8s.io', C, 'CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'],
  ['discovery.k8s.io', N, 'EndpointSlice'],
  ['snapshot.storage.k8s.io', C, 'VolumeSnapshotClass', 'VolumeSnapshotContent'],
  ['snapshot.storage.k8s.io', N, 'VolumeSnapshot'],
  ['anthos.cloud.google.com', N, 'Validator'],
  [
    'configmanagement.gke.io',
    C,
    'ClusterConfig',
    'ClusterSelector',
    'ConfigManagement',
    'HierarchyConfig',
    'NamespaceConfig',
    'NamespaceSelector',
    'Repo',
    'Sync',
  ],
  ['configsync.gke.io', N, 'Environment', 'RepoSync', 'ResourceGroup', 'RootSync'],
  ['clusterregistry.k8s.io', C, 'Cluster'],
  ['kpt.dev', N, 'Kptfile'],
]

// Built into the Kubernetes API server (1.27–1.34), absent from the table above.
const KUBERNETES_BUILTINS: ReadonlyArray<readonly [string, ObjectScope, ...string[]]> = [
  ['', N, 'Binding'],
  ['', C, 'ComponentStatus'],
  [
    'admissionregistration.k8s.io',
    C,
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
  ],
  ['authentication.k8s.io', C, 'TokenReview', 'SelfSubjectReview'],
  ['authorization.k8s.io', C, 'SubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
  ['authorization.k8s.io', N, 'LocalSubjectAccessReview'],
  ['certificates.k8s.io', C, 'ClusterTrustBundle'],
  ['coordination.k8s.io', N, 'LeaseCandidate'],
  ['events.k8s.io', N, 'Event'],
  ['flowcontrol.apiserver.k8s.io', C, 'FlowSchema', 'PriorityLevelConfiguration'],
  ['internal.apiserver.k8s.io', C, 'StorageVersion'],
  ['networking.k8s.io', C, 'IPAddress', 'ServiceCIDR'],
  ['resource.k8s.io', C, 'DeviceClass', 'ResourceSlice'],
  ['resource.k8s.io', N, 'ResourceClaim', 'ResourceClaimTemplate'],
  ['storage.k8s.io', C, 'VolumeAttributesClass'],
  ['storage.k8s.io', N, 'CSIStorageCapacity'],
  ['storagemigration.k8s.io', C, 'StorageVersionMigration'],
  ['kpt.dev', N, 'ResourceGroup'],
]

/** Group/kind → scope of every kind known without a cluster. */
export const BUILTIN_SCOPES: ReadonlyMap<string, ObjectScope> = new Map(
  [...KUBERNETES_BUILTINS, ...CONFIG_SYNC_CORE_SCOPER].flatMap(([group, scope, ...kinds]) =>
    kinds.map((kind) => [`${group}/${kind}`, scope] as const),
  ),
)
