/**
 * A deterministic synthetic config repository: 1,000 each of Deployment,
 * Service, ConfigMap, HorizontalPodAutoscaler and Role spread over 15
 * namespaces, plus the Namespaces (5,015 files, about 10 MB).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const NAMESPACES = 15
const PER_KIND = 1000

/** Writes the repository under dir and returns its file count. */
export async function writeSyntheticRepo(dir: string, perKind = PER_KIND): Promise<number> {
  let files = 0
  for (let n = 0; n < NAMESPACES; n++) {
    await mkdir(join(dir, `ns-${n}`), { recursive: true })
    await writeFile(
      join(dir, `ns-${n}`, 'namespace.yaml'),
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${n}\n`,
    )
    files++
  }
  for (let i = 0; i < perKind; i++) {
    const ns = `ns-${i % NAMESPACES}`
    for (const [kind, text] of Object.entries(documents(`app-${i}`, ns, i))) {
      await writeFile(join(dir, ns, `${kind}-${i}.yaml`), text)
      files++
    }
  }
  return files
}

function documents(name: string, ns: string, i: number): Record<string, string> {
  const labels = `    app: ${name}\n    team: team-${i % 7}\n    tier: backend\n`
  return {
    deployment: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels:\n${labels}  annotations:\n    description: "synthetic deployment number ${i} used to measure validation and packing"\nspec:\n  replicas: ${1 + (i % 5)}\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n        - name: main\n          image: us-docker.pkg.dev/acme/apps/${name}:1.${i % 10}.0\n          ports:\n            - containerPort: 8080\n              name: http\n          env:\n            - name: MODE\n              value: production\n            - name: INDEX\n              value: "${i}"\n${Array.from({ length: 12 }, (_, k) => `            - name: FEATURE_${k}_ENDPOINT\n              value: "https://feature-${k}.${ns}.svc.cluster.local:8443/v1/check?app=${name}"\n`).join('')}          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n            limits:\n              cpu: 500m\n              memory: 256Mi\n          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: http\n            initialDelaySeconds: 5\n            periodSeconds: 10\n`,
    service: `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels:\n${labels}  annotations:\n    description: "cluster-internal service for ${name} in ${ns}, port 80 to the container's http port"\n    cloud.google.com/neg: '{"ingress": true}'\nspec:\n  selector:\n    app: ${name}\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n      protocol: TCP\n  type: ClusterIP\n`,
    configmap: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-config\n  namespace: ${ns}\n  labels:\n${labels}data:\n  settings.yaml: |\n    logLevel: info\n    featureFlags:\n      newCheckout: ${i % 2 === 0}\n      betaSearch: ${i % 3 === 0}\n    upstreams:\n${Array.from({ length: 100 }, (_, k) => `      - https://svc-${k}.${ns}.svc.cluster.local:8443/api/v${k % 3}`).join('\n')}\n  owner: team-${i % 7}\n`,
    hpa: `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels:\n${labels}spec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: ${name}\n  minReplicas: 1\n  maxReplicas: ${5 + (i % 10)}\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 70\n`,
    role: `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ${name}-reader\n  namespace: ${ns}\n  labels:\n${labels}  annotations:\n    description: "read access for ${name}: configmaps, secrets, services, deployments, replicasets and autoscalers of namespace ${ns}"\nrules:\n  - apiGroups: [""]\n    resources: [configmaps, secrets, services]\n    verbs: [get, list, watch]\n  - apiGroups: [apps]\n    resources: [deployments, replicasets]\n    verbs: [get, list, watch]\n  - apiGroups: [autoscaling]\n    resources: [horizontalpodautoscalers]\n    verbs: [get, list]\n`,
  }
}
