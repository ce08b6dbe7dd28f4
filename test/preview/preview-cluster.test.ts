/**
 * The preview cleanup's two requests go through the rollout's Kubernetes
 * transport (issue 13): a 503 is retried, a credential failure gets the
 * transport's hint.
 */
import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import type { KubeConfig } from '@kubernetes/client-node'
import { deletePreviewSync, markForegroundDeletion } from '../../src/preview/cluster/preview-cluster.ts'
import type { ClusterEndpoint } from '../../src/rootsync/cluster/kubeconfig.ts'
import { rootSyncRef } from '../../src/rootsync/sync-ref.ts'

const REF = rootSyncRef('pr-7')

async function withServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  fn: (server: string, seen: string[]) => Promise<void>,
): Promise<void> {
  const seen: string[] = []
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`)
    handler(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen)
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
}

function endpoint(server: string, sign: () => Promise<void> = async () => undefined): ClusterEndpoint {
  return { name: 'kind-a', server, config: { applyToHTTPSOptions: sign } as unknown as KubeConfig }
}

test('deletePreviewSync retries a 503 on DELETE, then waits for the 404', async () => {
  let deletes = 0
  await withServer(
    (req, res) => {
      if (req.method === 'DELETE') {
        deletes++
        res.writeHead(deletes === 1 ? 503 : 200, { 'Content-Type': 'application/json' }).end('{}')
        return
      }
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"kind":"Status","code":404}')
    },
    async (server, seen) => {
      const result = await deletePreviewSync(endpoint(server), REF, 1000, 10)
      assert.equal(result.result, 'deleted', result.message)
      const path = '/apis/configsync.gke.io/v1beta1/namespaces/config-management-system/rootsyncs/pr-7'
      assert.deepEqual(seen, [`DELETE ${path}`, `DELETE ${path}`, `GET ${path}`])
    },
  )
})

test('markForegroundDeletion: credentials that cannot be obtained fail with the transport hint, and nothing is sent', async () => {
  await withServer(
    (_req, res) => res.writeHead(200).end('{}'),
    async (server, seen) => {
      const result = await markForegroundDeletion(
        endpoint(server, async () => {
          throw new Error('exec plugin gke-gcloud-auth-plugin not found')
        }),
        REF,
      )
      assert.equal(result.result, 'failed')
      assert.match(
        result.message,
        /cluster kind-a: the kubeconfig's credentials could not be obtained: exec plugin gke-gcloud-auth-plugin not found/,
      )
      assert.deepEqual(seen, [])
    },
  )
})
