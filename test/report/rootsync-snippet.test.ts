import assert from 'node:assert/strict'
import { test } from 'node:test'
import { layoutPushCommands, rootSyncSnippet } from '../../src/action/github/action-report.ts'

const DIGEST = `sha256:${'a'.repeat(64)}`

test('the RootSync snippet uses k8sserviceaccount for Google registries, token with a secretRef elsewhere', () => {
  assert.match(rootSyncSnippet(`us-docker.pkg.dev/p/r/app@${DIGEST}`), /auth: k8sserviceaccount$/)
  assert.match(rootSyncSnippet(`gcr.io/p/app@${DIGEST}`), /auth: k8sserviceaccount$/)
  const ghcr = rootSyncSnippet(`ghcr.io/acme/config@${DIGEST}`)
  assert.match(ghcr, /auth: token/)
  assert.match(ghcr, /secretRef:\n {6}name: root-sync-oci-token/)
  assert.doesNotMatch(ghcr, /k8sserviceaccount/)
})

test('an OCI layout gets push commands for its path and digest, never an oci-layout: image', () => {
  const commands = layoutPushCommands(`oci-layout:./out/layout@${DIGEST}`)
  assert.match(commands, /^skopeo copy oci:\.\/out\/layout docker:\/\/REGISTRY\/REPOSITORY:TAG$/m)
  assert.match(
    commands,
    new RegExp(`^oras cp --from-oci-layout \\./out/layout@${DIGEST} REGISTRY/REPOSITORY:TAG$`, 'm'),
  )
  assert.match(layoutPushCommands('oci-layout:out:v1'), /skopeo copy oci:out docker:/)
})
