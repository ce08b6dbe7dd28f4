import type { JsonObject } from './fields.ts'
import type { FakeApiServer } from './server.ts'
import type { ObjectKey } from './store.ts'

/** A digest reference with a recognisable hex (e.g. digestRef('a') → …@sha256:aaaa…). */
export function digestRef(letter: string, repository = 'registry.example/config/app'): string {
  return `${repository}@sha256:${letter.repeat(64)}`
}

/** What to put in the fake cluster before a test. */
export interface SeedOptions {
  readonly kind?: 'RootSync' | 'RepoSync'
  readonly namespace?: string
  readonly name?: string
  readonly image: string
  readonly sourceType?: string
  /** Write the status of a finished sync of `image` (default true). */
  readonly settled?: boolean
}

/** Creates an RSync as `kubectl apply` would (manager kubectl-client-side-apply) and, by default, marks it synced. */
export function seedSync(server: FakeApiServer, options: SeedOptions): ObjectKey {
  const kind = options.kind ?? 'RootSync'
  const namespace = options.namespace ?? (kind === 'RootSync' ? 'config-management-system' : 'shop')
  const name = options.name ?? (kind === 'RootSync' ? 'root-sync' : 'repo-sync')
  const key = { resource: kind === 'RootSync' ? 'rootsyncs' : 'reposyncs', namespace, name }
  const body: JsonObject = {
    apiVersion: 'configsync.gke.io/v1beta1',
    kind,
    metadata: { name, namespace },
    spec: {
      sourceType: options.sourceType ?? 'oci',
      sourceFormat: 'unstructured',
      oci: { image: options.image, dir: '.', auth: 'none' },
    },
  }
  server.store.create(key, body, 'kubectl-client-side-apply')
  if (options.settled !== false) server.reconciler.settle(key)
  return key
}

/** spec.oci.image of an object in the fake, or undefined. */
export function imageIn(server: FakeApiServer, key: ObjectKey): string | undefined {
  const object = server.store.get(key) as { spec?: { oci?: { image?: string } } } | undefined
  return object?.spec?.oci?.image
}
