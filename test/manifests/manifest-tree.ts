/**
 * A generated configuration tree for the fast YAML path's tests: manifests
 * in the plain block style the fast path decodes, documents it hands to
 * js-yaml (anchors, merge keys, folded and multi-line scalars, escapes,
 * flow mappings, tabs, CRLF, non-ASCII text), multi-document files, Lists,
 * JSON, and mistakes that produce findings with lines deep inside objects.
 */
import { writeTree, type TreeEntry } from '../harness/tmp.ts'

const NAMESPACES = 4

function deployment(i: number, ns: string): string {
  // Mistakes now and then: a wrong type, an unknown field deep in the template
  // (a finding whose line comes from locate()), values YAML 1.1 reads as a bool and a number.
  const replicas = i % 9 === 0 ? '"three"' : String(1 + (i % 3))
  const typo = i % 11 === 0 ? '        imagePullPolicyy: Always\n' : ''
  const mode = i % 13 === 0 ? 'on' : '"on"'
  const mask = i % 17 === 0 ? '0644' : "'0644'"
  // A flow mapping: js-yaml decodes this one.
  const labels = i % 6 === 0 ? `{app: app-${i}}` : `\n    app: app-${i}`
  return `# deployment ${i}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  namespace: ${ns}\n  labels: ${labels}\n  annotations:\n    note: 'it''s #${i}: fine'\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: app-${i}\n  template:\n    metadata:\n      labels:\n        app: app-${i}\n    spec:\n      containers:\n      - name: main\n        image: "registry.example/app:${i}"  # pinned\n        args: [--port, "8080", -v]\n        ports:\n          - containerPort: 8080\n            protocol: TCP\n${typo}        env:\n          - name: MODE\n            value: ${mode}\n          - name: MASK\n            value: ${mask}\n`
}

function configMap(i: number, ns: string): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n  namespace: ${ns}\ndata:\n  script: |\n    #!/bin/sh\n    echo ${i}\n\n      indented: kept\n  trimmed: |-\n    no final newline\n  kept: |+\n    two newlines\n\n  empty: ""\n  number: "${i}"\n`
}

function role(i: number, ns: string): string {
  return `---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: reader-${i}\n  namespace: ${ns}\nrules:\n  - apiGroups: [""]\n    resources: [configmaps, secrets,]\n    verbs: ['get', list, watch]\n`
}

/** Documents the fast path leaves to js-yaml, one per kind of reason. */
const FALLBACKS: readonly ((i: number, ns: string) => string)[] = [
  (i, ns) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: anchors-${i}\n  namespace: ${ns}\n  labels: &labels\n    app: a\ndata:\n  <<: *labels\n`,
  (i, ns) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: folded-${i}\n  namespace: ${ns}\ndata:\n  text: >\n    one\n    two\n  plain: a\n    continued\n`,
  (i, ns) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: escapes-${i}\n  namespace: ${ns}\ndata:\n  a: "tab\\there"\n  b: "caf\u00e9"\n`,
  (i, ns) =>
    `apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: crlf-${i}\r\n  namespace: ${ns}\r\ndata:\r\n  a: b\r\n`,
  (i, ns) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tabs-${i}\n  namespace: ${ns}\ndata:\n  a: b\t# tab before a comment\n`,
]

/** Documents neither decoder reads (KNV2001, after which Config Sync validates nothing more). */
const UNREADABLE: readonly ((i: number, ns: string) => string)[] = [
  (i, ns) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup-${i}\n  namespace: ${ns}\ndata:\n  a: b\n  a: c\n`,
  (i, ns) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: indent-${i}\n  namespace: ${ns}\ndata:\n  a: b\n   c: d\n`,
  (i, ns) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: quote-${i}\n  namespace: ${ns}\ndata:\n  a: "open\n`,
]

function list(i: number, ns: string): string {
  return `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: svc-${i}\n    namespace: ${ns}\n  spec:\n    ports:\n    - port: 80\n      targetPort: http\n- apiVersion: v1\n  kind: ServiceAccount\n  metadata:\n    name: sa-${i}\n    namespace: ${ns}\n`
}

function json(i: number, ns: string): string {
  return `${JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: `json-${i}`, namespace: ns }, spec: { ports: [{ port: 80 }] } }, null, 2)}\n`
}

/** The files of a tree of about `count` manifest files, by path; with unreadable ones too if asked. */
export function manifestTree(count: number, unreadable = false): Record<string, TreeEntry> {
  const files: Record<string, TreeEntry> = {}
  for (let n = 0; n < NAMESPACES; n++)
    files[`ns-${n}/namespace.yaml`] = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${n}\n`
  for (let i = 0; Object.keys(files).length < count; i++) {
    const ns = `ns-${i % NAMESPACES}`
    const dir = `${ns}/app-${i}`
    files[`${dir}/deployment.yaml`] = deployment(i, ns)
    files[`${dir}/config.yaml`] = i % 5 === 0 ? `${configMap(i, ns)}---\n${role(i, ns)}` : configMap(i, ns)
    files[`${dir}/role.yml`] = role(i, ns)
    if (i % 3 === 0) files[`${dir}/list.yaml`] = list(i, ns)
    if (i % 4 === 0) files[`${dir}/service.json`] = json(i, ns)
    if (i % 2 === 0) files[`${dir}/other.yaml`] = FALLBACKS[(i / 2) % FALLBACKS.length]!(i, ns)
    if (unreadable && i % 10 === 0)
      files[`${dir}/broken.yaml`] = UNREADABLE[(i / 10) % UNREADABLE.length]!(i, ns)
    // No CRD declares Widget: a KNV1021 warning, and no schema to check it against.
    if (i % 7 === 0)
      files[`${dir}/widget.yaml`] =
        `apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w-${i}\n  namespace: ${ns}\nspec:\n  size: ${i}\n`
  }
  return files
}

/** Writes manifestTree(count, unreadable) under dir. */
export async function writeManifestTree(dir: string, count: number, unreadable = false): Promise<void> {
  await writeTree(dir, manifestTree(count, unreadable))
}
