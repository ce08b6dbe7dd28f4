/**
 * The pure half of the bootstrap: the reconciler identity for each of
 * Config Sync's name rules, IAM policy edits that keep everything else,
 * the RSync comparison and merge patch, the settings checks, and the
 * equivalent commands a dry run prints.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  quote,
  repositoryBindingCommand,
  serviceAccountBindingCommand,
  waitCommands,
} from '../../src/bootstrap/commands.ts'
import { grantRole, hasRole, normalizePolicy, type IamPolicy } from '../../src/google/iam-policy.ts'
import { nameWarnings, reconcilerIdentity } from '../../src/bootstrap/identity.ts'
import { planReaderBinding, planSync, planWait } from '../../src/bootstrap/plan.ts'
import { bootstrapSettings, type BootstrapInput } from '../../src/bootstrap/settings.ts'
import { syncDifferences, syncMergePatch } from '../../src/bootstrap/sync-spec.ts'
import { ClusterError, InputError } from '../../src/errors.ts'
import { checkSyncRef, parseRepoSyncRef, rootSyncRef } from '../../src/rootsync/sync-ref.ts'
import type { SyncObject } from '../../src/rootsync/types.ts'

const NAMES = {
  image: '--image',
  fleetHostProject: '--fleet-host-project',
  fleetHostProjectExample: '--fleet-host-project x',
  auth: '--sync-auth',
}
const IMAGE = 'us-docker.pkg.dev/acme-prod/config/app'
const PINNED = `${IMAGE}@sha256:${'c'.repeat(64)}`

function input(overrides: Partial<BootstrapInput> = {}): BootstrapInput {
  return {
    image: IMAGE,
    ref: rootSyncRef('root-sync'),
    spec: { sourceFormat: 'unstructured', dir: '.', auth: 'k8sserviceaccount' },
    fleetHostProject: '',
    repositoryLabels: {},
    wait: true,
    timeoutMs: 60_000,
    dryRun: false,
    ...overrides,
  }
}

describe('reconciler identity (CONFIG-SYNC.md §3)', () => {
  const cases: [string, ReturnType<typeof rootSyncRef>, string][] = [
    ['RootSync root-sync', rootSyncRef('root-sync'), 'root-reconciler'],
    ['another RootSync', rootSyncRef('platform'), 'root-reconciler-platform'],
    ['RepoSync repo-sync', parseRepoSyncRef('bookstore/repo-sync', 'x'), 'ns-reconciler-bookstore'],
    ['RepoSync NAME (-NAME-LEN)', parseRepoSyncRef('bookstore/rs', 'x'), 'ns-reconciler-bookstore-rs-2'],
    [
      'RepoSync NAME (longer)',
      parseRepoSyncRef('shop/frontend-config', 'x'),
      'ns-reconciler-shop-frontend-config-15',
    ],
  ]
  for (const [label, ref, ksa] of cases) {
    it(`${label} → ${ksa}`, () => {
      const identity = reconcilerIdentity(ref, 'fleet-host', 'k8sserviceaccount')
      assert.equal(identity.ksaName, ksa)
      assert.equal(
        identity.ksaMember,
        `serviceAccount:fleet-host.svc.id.goog[config-management-system/${ksa}]`,
      )
      assert.equal(identity.readerMember, identity.ksaMember)
    })
  }

  it('gcpserviceaccount: the reader role goes to the Google service account; none and gcenode grant nothing', () => {
    const gsa = reconcilerIdentity(
      rootSyncRef('root-sync'),
      'p1',
      'gcpserviceaccount',
      'config-sync@p1.iam.gserviceaccount.com',
    )
    assert.equal(gsa.readerMember, 'serviceAccount:config-sync@p1.iam.gserviceaccount.com')
    assert.equal(gsa.ksaMember, 'serviceAccount:p1.svc.id.goog[config-management-system/root-reconciler]')
    assert.equal(reconcilerIdentity(rootSyncRef('root-sync'), 'p1', 'none').readerMember, undefined)
    assert.equal(reconcilerIdentity(rootSyncRef('root-sync'), 'p1', 'gcenode').readerMember, undefined)
  })

  it('limits: RootSync 38 (warning above 26), RepoSync namespace + name 45', () => {
    assert.deepEqual(nameWarnings(rootSyncRef('a'.repeat(26))), [])
    assert.match(
      nameWarnings(rootSyncRef('a'.repeat(27)))[0] ?? '',
      /is 27 characters: current Config Sync accepts up to 38, but Google's documentation and older releases allow at most 26/,
    )
    assert.doesNotThrow(() => checkSyncRef(rootSyncRef('a'.repeat(38)), '--root-sync'))
    assert.throws(
      () => checkSyncRef(rootSyncRef('a'.repeat(39)), '--root-sync'),
      /39-character name; Config Sync allows at most 38/,
    )
    assert.doesNotThrow(() =>
      checkSyncRef(parseRepoSyncRef(`${'n'.repeat(20)}/${'r'.repeat(25)}`, 'x'), '--repo-sync'),
    )
    assert.throws(
      () => checkSyncRef(parseRepoSyncRef(`${'n'.repeat(20)}/${'r'.repeat(26)}`, 'x'), '--repo-sync'),
      /namespace \+ name of 46 characters; Config Sync allows at most 45/,
    )
    assert.deepEqual(
      nameWarnings(parseRepoSyncRef(`shop/${'r'.repeat(30)}`, 'x')),
      [],
      'the 26 rule is about RootSyncs',
    )
  })
})

describe('IAM policy edits', () => {
  const unrelated: IamPolicy = {
    version: 3,
    etag: 'BwY=',
    bindings: [
      {
        role: 'roles/artifactregistry.writer',
        members: ['serviceAccount:ci@acme-prod.iam.gserviceaccount.com'],
      },
      {
        role: 'roles/artifactregistry.reader',
        members: ['group:sre@acme.example'],
        condition: { expression: 'request.time < timestamp("2030-01-01T00:00:00Z")', title: 'until 2030' },
      },
      { role: 'roles/artifactregistry.reader', members: ['user:alice@acme.example'] },
    ],
  }

  it('adds the member to the unconditional binding of the role and keeps every other binding, the etag and version 3', () => {
    const plan = grantRole(unrelated, 'roles/artifactregistry.reader', 'serviceAccount:m')
    if (plan.kind !== 'add-member') throw new Error(`expected add-member, got ${plan.kind}`)
    assert.deepEqual(plan.policy.bindings?.slice(0, 2), unrelated.bindings?.slice(0, 2))
    assert.deepEqual(plan.policy.bindings?.[2]?.members, ['user:alice@acme.example', 'serviceAccount:m'])
    assert.equal(plan.policy.etag, 'BwY=')
    assert.equal(plan.policy.version, 3)
  })

  it('a conditional grant does not count; a missing role gets a binding of its own; a present member changes nothing', () => {
    assert.equal(hasRole(unrelated, 'roles/artifactregistry.reader', 'group:sre@acme.example'), false)
    const added = grantRole({ etag: 'e', bindings: [] }, 'roles/iam.workloadIdentityUser', 'serviceAccount:x')
    assert.deepEqual(added.kind !== 'unchanged' && added.policy, {
      etag: 'e',
      bindings: [{ role: 'roles/iam.workloadIdentityUser', members: ['serviceAccount:x'] }],
      version: 1,
    })
    assert.equal(
      grantRole(unrelated, 'roles/artifactregistry.reader', 'user:alice@acme.example').kind,
      'unchanged',
    )
  })

  it('normalizes what the client library returns (bytes etag, null and empty conditions, empty audit configs)', () => {
    const policy = normalizePolicy({
      version: 1,
      etag: Buffer.from([7, 6, 0, 0]),
      auditConfigs: [],
      bindings: [
        { role: 'r', members: ['a'], condition: null },
        { role: 's', members: ['b'], condition: { expression: '', title: '' } },
      ],
    })
    assert.deepEqual(policy, {
      version: 1,
      etag: 'BwYAAA==',
      bindings: [
        { role: 'r', members: ['a'] },
        { role: 's', members: ['b'] },
      ],
    })
  })
})

describe('the RootSync/RepoSync step', () => {
  const settings = bootstrapSettings(input({ context: 'prod' }), NAMES)
  const existing = (oci: Record<string, string>, sourceType = 'oci'): SyncObject => ({
    metadata: {
      name: 'root-sync',
      namespace: 'config-management-system',
      resourceVersion: '17',
      generation: 3,
    },
    spec: { sourceType, sourceFormat: 'unstructured', oci },
  })

  it('missing: a create with the whole object, printed as kubectl create with its YAML', () => {
    const plan = planSync(settings, undefined, PINNED, 'prod')
    assert.equal(plan.change, 'create')
    assert.match(
      plan.yaml ?? '',
      /kind: RootSync\nmetadata:\n {2}name: root-sync\n {2}namespace: config-management-system\nspec:\n {2}sourceType: oci\n {2}sourceFormat: unstructured\n {2}oci:\n {4}image: us-docker\.pkg\.dev\/acme-prod\/config\/app@sha256:c{64}\n {4}dir: \.\n {4}auth: k8sserviceaccount\n/,
    )
    assert.match(
      plan.commands[0] ?? '',
      /^kubectl --context prod create -f - <<'EOF'\napiVersion: configsync\.gke\.io\/v1beta1\n[\s\S]*\nEOF$/,
    )
  })

  it('different auth and image: a merge patch with the resourceVersion as precondition; equal: nothing', () => {
    const current = existing({
      image: `${IMAGE}@sha256:${'a'.repeat(64)}`,
      dir: '/',
      auth: 'gcpserviceaccount',
      gcpServiceAccountEmail: 'old-sync@acme-prod.iam.gserviceaccount.com',
    })
    assert.deepEqual(
      syncDifferences(current, settings.ref, PINNED, settings.spec, 'prod').map((d) => d.field),
      ['spec.oci.image', 'spec.oci.auth', 'spec.oci.gcpServiceAccountEmail'],
    )
    assert.deepEqual(syncMergePatch(current, PINNED, settings.spec), {
      metadata: { resourceVersion: '17' },
      spec: {
        sourceType: 'oci',
        sourceFormat: 'unstructured',
        oci: { image: PINNED, dir: '.', auth: 'k8sserviceaccount', gcpServiceAccountEmail: null },
      },
    })
    const plan = planSync(settings, current, PINNED, 'prod')
    assert.equal(plan.change, 'update')
    assert.match(plan.desired, /spec\.oci\.auth: gcpserviceaccount → k8sserviceaccount/)
    assert.match(
      plan.commands[0] ?? '',
      /^kubectl --context prod patch rootsync root-sync -n config-management-system --type merge -p '\{"spec":/,
    )
    assert.equal(
      planSync(settings, existing({ image: PINNED, auth: 'k8sserviceaccount' }), PINNED, 'prod').change,
      'none',
      'dir unset is the root',
    )
  })

  it('an RSync that syncs from git is not switched', () => {
    assert.throws(
      () => planSync(settings, existing({}, 'git'), PINNED, 'prod'),
      (e: unknown) =>
        e instanceof ClusterError && /syncs from git .* bootstrap does not switch/.test(e.message),
    )
  })

  it('the wait prints a kubectl wait on status.sync.commit and nomos status', () => {
    assert.deepEqual(planWait(settings, PINNED).commands, [
      `kubectl --context prod wait rootsync/root-sync -n config-management-system --for=jsonpath='{.status.sync.commit}'=${'c'.repeat(64)} --timeout=1m`,
      'nomos status --contexts prod',
    ])
  })
})

describe('settings and commands', () => {
  it("the fleet host project defaults to the image's; the repository is derived from the image", () => {
    const settings = bootstrapSettings(input(), NAMES)
    assert.equal(settings.fleetHostProject, 'acme-prod')
    assert.equal(settings.repository?.resource, 'projects/acme-prod/locations/us/repositories/config')
    assert.equal(
      bootstrapSettings(input({ fleetHostProject: 'fleet-host-1' }), NAMES).fleetHostProject,
      'fleet-host-1',
    )
    assert.throws(
      () => bootstrapSettings(input({ fleetHostProject: 'No_Such' }), NAMES),
      /--fleet-host-project is "No_Such", which is not a Google Cloud project ID/,
    )
  })

  it("refuses a digest, a layout, and Google auth for a registry that is not Google's", () => {
    assert.throws(() => bootstrapSettings(input({ image: PINNED }), NAMES), /contains a digest/)
    assert.throws(
      () => bootstrapSettings(input({ image: 'oci-layout:out' }), NAMES),
      /must name a registry repository/,
    )
    assert.throws(
      () => bootstrapSettings(input({ image: 'ghcr.io/acme/config' }), NAMES),
      (e: unknown) =>
        e instanceof InputError &&
        /--sync-auth is k8sserviceaccount, but ghcr\.io is not a Google registry/.test(e.message),
    )
    const plain = bootstrapSettings(
      input({
        image: '127.0.0.1:5000/acme/config',
        spec: { sourceFormat: 'unstructured', dir: '.', auth: 'none' },
      }),
      NAMES,
    )
    assert.equal(plain.repository, undefined)
    const identity = reconcilerIdentity(plain.ref, plain.fleetHostProject, 'none')
    assert.equal(planReaderBinding(plain, identity, undefined).change, 'skip')
  })

  it("gcr.io with gcpserviceaccount: no repository steps, and the workload pool defaults to the service account's project", () => {
    const settings = bootstrapSettings(
      input({
        image: 'gcr.io/legacy-proj/config',
        spec: {
          sourceFormat: 'unstructured',
          dir: '.',
          auth: 'gcpserviceaccount',
          gcpServiceAccountEmail: 'puller@sa-project.iam.gserviceaccount.com',
        },
      }),
      NAMES,
    )
    assert.equal(settings.repository, undefined)
    assert.equal(settings.fleetHostProject, 'sa-project')
  })

  it('quotes members with brackets for the shell', () => {
    const member = 'serviceAccount:p.svc.id.goog[config-management-system/root-reconciler]'
    const repo = bootstrapSettings(input(), NAMES).repository!
    assert.equal(
      repositoryBindingCommand(repo, 'roles/artifactregistry.reader', member),
      `gcloud artifacts repositories add-iam-policy-binding config --location=us --project=acme-prod --role=roles/artifactregistry.reader --member='${member}'`,
    )
    assert.equal(
      serviceAccountBindingCommand('cs@p.iam.gserviceaccount.com', 'roles/iam.workloadIdentityUser', member),
      `gcloud iam service-accounts add-iam-policy-binding cs@p.iam.gserviceaccount.com --role=roles/iam.workloadIdentityUser --member='${member}'`,
    )
    assert.equal(quote("it's"), `'it'\\''s'`)
    assert.deepEqual(waitCommands(rootSyncRef('root-sync'), 'ab', '5m', undefined)[1], 'nomos status')
  })
})
