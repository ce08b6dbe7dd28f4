import assert from 'node:assert/strict'
import { test } from 'node:test'
import { defineCases, findingsOf, obj } from './rules-harness.ts'

const CMS = 'config-management-system'
const rootSync = (name: string, spec: string, namespace: string | null = CMS, extra = ''): string =>
  obj('configsync.gke.io/v1beta1', 'RootSync', name, namespace ?? undefined, `${extra}spec:\n${spec}`)
const repoSync = (name: string, namespace: string, spec: string): string =>
  obj('configsync.gke.io/v1beta1', 'RepoSync', name, namespace, `spec:\n${spec}`)
const OCI =
  '  sourceType: oci\n  oci:\n    image: us-docker.pkg.dev/p/r/app@sha256:abc\n    auth: k8sserviceaccount\n'
// Validated as the source of another RootSync, so KNV1069 stays out of the way.
const AS_OTHER = { scope: { kind: 'root', name: 'platform' } } as const

defineCases('KNV1061 RootSync and RepoSync objects', [
  {
    name: 'sourceType oci without spec.oci.image',
    files: { 'rs.yaml': rootSync('apps', '  sourceType: oci\n  oci:\n    auth: none\n') },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:8'],
  },
  {
    name: 'sourceType oci without spec.oci',
    files: { 'rs.yaml': rootSync('apps', '  sourceType: oci\n') },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:7'],
  },
  {
    name: 'an oci auth that is not one of the four (case-sensitive)',
    files: { 'rs.yaml': rootSync('apps', OCI.replace('k8sserviceaccount', 'None')) },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:10'],
  },
  {
    name: 'gcpserviceaccount with a malformed email',
    files: {
      'rs.yaml': rootSync(
        'apps',
        OCI.replace('k8sserviceaccount', 'gcpserviceaccount\n    gcpServiceAccountEmail: sync@p.example.com'),
      ),
    },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:11'],
  },
  {
    name: 'a RootSync outside config-management-system',
    files: { 'rs.yaml': rootSync('apps', OCI, 'shop') },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:5'],
  },
  {
    name: 'a RootSync without namespace in a root repo lands in default',
    files: { 'rs.yaml': rootSync('apps', OCI, null) },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:3'],
  },
  {
    name: 'a RootSync name over 38 characters',
    files: { 'rs.yaml': rootSync('a'.repeat(39), OCI) },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:4'],
  },
  {
    name: 'CSO1002 warning: a RootSync name over 26 characters',
    files: { 'rs.yaml': rootSync('a'.repeat(27), OCI) },
    options: AS_OTHER,
    expect: ['CSO1002 rs.yaml:4'],
  },
  {
    name: 'a RepoSync name and namespace over 45 characters together',
    files: { 'rs.yaml': repoSync('r'.repeat(30), 'n'.repeat(16), OCI) },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:4'],
  },
  {
    name: 'a RepoSync in config-management-system',
    files: { 'rs.yaml': repoSync('apps', CMS, OCI) },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:5'],
  },
  {
    name: 'an invalid deletion-propagation-policy value',
    files: {
      'rs.yaml': rootSync(
        'apps',
        OCI,
        CMS,
        '  annotations:\n    configsync.gke.io/deletion-propagation-policy: Background\n',
      ),
    },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:7'],
  },
  {
    name: 'an empty sourceType means git, which needs spec.git',
    files: { 'rs.yaml': rootSync('apps', '  sourceFormat: unstructured\n') },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:6'],
  },
  {
    name: 'a RepoSync with sourceFormat hierarchy',
    files: { 'rs.yaml': repoSync('apps', 'shop', `  sourceFormat: hierarchy\n${OCI}`) },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:7'],
  },
  {
    name: 'oci auth token without secretRef',
    files: { 'rs.yaml': rootSync('apps', OCI.replace('k8sserviceaccount', 'token')) },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:10'],
  },
  {
    name: 'oci auth token with an empty secretRef.name',
    files: {
      'rs.yaml': rootSync('apps', OCI.replace('k8sserviceaccount', 'token\n    secretRef: {name: ""}')),
    },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:10'],
  },
  {
    name: 'a RepoSync with oci auth token and no secretRef',
    files: { 'rs.yaml': repoSync('repo-sync', 'shop', OCI.replace('k8sserviceaccount', 'token')) },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:10'],
  },
  ...['none', 'gcenode', 'k8sserviceaccount'].map((auth) => ({
    name: `oci secretRef with auth ${auth}`,
    files: {
      'rs.yaml': rootSync(
        'apps',
        OCI.replace('k8sserviceaccount', `${auth}\n    secretRef:\n      name: registry-creds`),
      ),
    },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:11'],
  })),
  {
    name: 'oci secretRef with gcpserviceaccount and a valid email',
    files: {
      'rs.yaml': rootSync(
        'apps',
        OCI.replace(
          'k8sserviceaccount',
          'gcpserviceaccount\n    gcpServiceAccountEmail: syncer@p.iam.gserviceaccount.com\n    secretRef: {name: registry-creds}',
        ),
      ),
    },
    options: AS_OTHER,
    expect: ['KNV1061 rs.yaml:12'],
  },
  {
    name: 'control: oci auth token with secretRef.name, a RootSync and a RepoSync, with a caCertSecretRef',
    files: {
      'root.yaml': rootSync(
        'apps',
        OCI.replace(
          'k8sserviceaccount',
          'token\n    secretRef: {name: ghcr-creds}\n    caCertSecretRef: {name: ghcr-ca}',
        ).replace('us-docker.pkg.dev/p/r', 'ghcr.io/acme'),
      ),
      'repo.yaml': repoSync(
        'repo-sync',
        'shop',
        OCI.replace('k8sserviceaccount', 'token\n    secretRef:\n      name: ghcr-creds'),
      ),
    },
    options: AS_OTHER,
    expect: [],
  },
  {
    name: 'control: valid oci, git and helm RootSyncs and a RepoSync pass',
    files: {
      'oci.yaml': rootSync(
        'apps',
        `  sourceFormat: unstructured\n${OCI}`,
        CMS,
        '  annotations:\n    configsync.gke.io/deletion-propagation-policy: Foreground\n',
      ),
      'git.yaml': rootSync(
        'git',
        '  git:\n    repo: https://github.com/acme/config\n    auth: token\n    secretRef: {name: git-creds}\n',
      ),
      'helm.yaml': rootSync(
        'helm',
        '  sourceType: helm\n  helm:\n    repo: oci://us-docker.pkg.dev/p/charts\n    chart: app\n    auth: gcpserviceaccount\n    gcpServiceAccountEmail: syncer@p.iam.gserviceaccount.com\n',
      ),
      'repo.yaml': repoSync('repo-sync', 'shop', OCI),
    },
    options: AS_OTHER,
    expect: [],
  },
])

defineCases('CSO1001 Secrets', [
  {
    name: 'a Secret with data, at data',
    files: { 's.yaml': obj('v1', 'Secret', 'db', 'x', 'data:\n  password: cGFzcw==\n') },
    expect: ['CSO1001 s.yaml:6'],
  },
  {
    name: 'a Secret with stringData, inside a List',
    files: {
      's.yaml':
        'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: db, namespace: x}\n  stringData:\n    password: pass\n',
    },
    expect: ['CSO1001 s.yaml:7'],
  },
  {
    name: 'control: allowed with allowSecrets',
    files: { 's.yaml': obj('v1', 'Secret', 'db', 'x', 'data:\n  password: cGFzcw==\n') },
    options: { allowSecrets: true },
    expect: [],
  },
  {
    name: 'control: a Secret without values passes',
    files: { 's.yaml': obj('v1', 'Secret', 'db', 'x', 'type: Opaque\ndata: {}\n') },
    expect: [],
  },
])

test('CSO1001 says who can read it and how to allow it, and never repeats the value', () => {
  const [f] = findingsOf({
    's.yaml': obj('v1', 'Secret', 'db', 'x', 'stringData:\n  password: hunter2-very-secret\n'),
  })
  assert.match(f!.message, /anyone who can pull the image can read it/)
  assert.match(f!.message, /allow-secrets: true/)
  assert.doesNotMatch(f!.message, /hunter2/)
})

test('KNV1061 messages follow the reconciler-manager', () => {
  const messages = (files: Record<string, string>): string[] =>
    findingsOf(files, AS_OTHER).map((f) => f.message)
  assert.deepEqual(messages({ 'rs.yaml': rootSync('apps', '  sourceType: oci\n  oci:\n    auth: none\n') }), [
    'RootSyncs must specify spec.oci.image when spec.sourceType is "oci" (RootSync apps)',
  ])
  assert.deepEqual(messages({ 'rs.yaml': rootSync('a'.repeat(39), OCI) }), [
    `maximum length of RootSync name is 38, but found 39 (RootSync ${'a'.repeat(39)})`,
  ])
  assert.deepEqual(messages({ 'rs.yaml': rootSync('apps', OCI.replace('k8sserviceaccount', 'None')) }), [
    'RootSyncs must specify spec.oci.auth to be one of gcenode,gcpserviceaccount,k8sserviceaccount,none,token (RootSync apps)',
  ])
})

test("KNV1061 for token and secretRef uses Config Sync's OciSpec wording, for RootSyncs and RepoSyncs", () => {
  const messages = (files: Record<string, string>): string[] =>
    findingsOf(files, AS_OTHER).map((f) => f.message)
  assert.deepEqual(messages({ 'rs.yaml': rootSync('apps', OCI.replace('k8sserviceaccount', 'token')) }), [
    'RootSyncs which specify spec.oci.auth as one of "ssh", "cookiefile", "githubapp", or "token" must also specify spec.oci.secretRef (RootSync apps)',
  ])
  assert.deepEqual(
    messages({ 'rs.yaml': repoSync('repo-sync', 'shop', OCI.replace('k8sserviceaccount', 'token')) }),
    [
      'RepoSyncs which specify spec.oci.auth as one of "ssh", "cookiefile", "githubapp", or "token" must also specify spec.oci.secretRef (RepoSync repo-sync)',
    ],
  )
  assert.deepEqual(
    messages({
      'rs.yaml': rootSync(
        'apps',
        OCI.replace('k8sserviceaccount', 'k8sserviceaccount\n    secretRef: {name: creds}'),
      ),
    }),
    [
      'RootSyncs which specify spec.oci.auth as one of "none", "gcenode", or "gcpserviceaccount" must not specify spec.oci.secretRef (RootSync apps)',
    ],
  )
})

test('CSO1002 is a warning: it does not fail a run', () => {
  const findings = findingsOf({ 'rs.yaml': rootSync('a'.repeat(27), OCI) }, AS_OTHER)
  assert.deepEqual(
    findings.map((f) => f.severity),
    ['warning'],
  )
})
