import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseManifestFile } from '../../../src/manifests/parse.ts'
import { checkSchemas } from '../../../src/manifests/schema/schema-check.ts'
import { at, schemaFindings } from './load-objects.ts'

test('valid built-in objects pass: nulls, quantities as numbers, named ports, ignored status, Config Sync inputs', async () => {
  assert.deepEqual(at(await schemaFindings('builtin-valid')), [])
})

test('built-in kinds: unknown fields, wrong type, missing required field, bad enum, int32 overflow', async () => {
  const findings = (await schemaFindings('builtin-invalid')).filter((f) => f.file === 'deployment.yaml')
  assert.deepEqual(at(findings), [
    'CSO2001 deployment.yaml:6 error',
    'CSO2002 deployment.yaml:8 error',
    'CSO2001 deployment.yaml:9 error',
    'CSO2002 deployment.yaml:10 error',
    'CSO2002 deployment.yaml:19 error',
    'CSO2001 deployment.yaml:20 error',
    'CSO2002 deployment.yaml:24 error',
  ])
  assert.deepEqual(
    findings.map((f) => f.message),
    [
      'Deployment shop/web: unknown field "metadata.labelz"; did you mean "labels"?',
      'Deployment shop/web: missing required field "spec.selector"',
      'Deployment shop/web: unknown field "spec.replica"; did you mean "replicas"?',
      'Deployment shop/web: spec.replicas: must be integer, got string "two"',
      'Deployment shop/web: spec.template.spec.containers[0].imagePullPolicy: must be one of "Always", "IfNotPresent", "Never", got "Sometimes"',
      'Deployment shop/web: unknown field "spec.template.spec.containers[0].imagePullPolicyy"; did you mean "imagePullPolicy"?',
      'Deployment shop/web: spec.template.spec.containers[0].ports[1].containerPort: must be a valid int32, got 3000000000',
    ],
  )
})

test('int-or-string, kinds without a schema (warnings), and a beta kind checked by the field table alone', async () => {
  const findings = (await schemaFindings('builtin-invalid')).filter((f) => f.file === 'service.yaml')
  assert.deepEqual(at(findings), [
    'CSO2002 service.yaml:11 error',
    'CSO2003 service.yaml:14 warning',
    'CSO2003 service.yaml:20 warning',
    'CSO2001 service.yaml:34 error',
  ])
  assert.match(findings[0]!.message, /spec\.ports\[0\]\.targetPort: must be string or integer, got boolean/)
  assert.match(
    findings[1]!.message,
    /apps\/v1 has no kind Deploymnet in Kubernetes 1\.36 \(did you mean Deployment\?\)/,
  )
  assert.match(
    findings[2]!.message,
    /no CustomResourceDefinition for Gadget in example\.com is declared in the repository/,
  )
  assert.match(
    findings[3]!.message,
    /IPAddress 10\.96\.0\.10: unknown field "spec\.parentRefs"; did you mean "parentRef"\?/,
  )
})

test('a manifest key that names an Object.prototype property is an unknown field, not a crash', async () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\nconstructor: 1\ntoString: {a: 1}\n'
  const findings = await checkSchemas(parseManifestFile('c.yaml', text).objects)
  assert.deepEqual(at(findings), ['CSO2001 c.yaml:5 error', 'CSO2001 c.yaml:6 error'])
})

test('objects that failed the read-time checks are left to them', async () => {
  const text =
    'apiVersion: v1\nkind: ConfigMap\nmetadata: 7\n---\napiVersion: 3\nkind: ConfigMap\nmetadata: {name: x}\n'
  assert.deepEqual(await checkSchemas(parseManifestFile('c.yaml', text).objects), [])
})

test('lines come from List items and JSON files too', async () => {
  const list =
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: a\n    dataa: {}\n'
  assert.deepEqual(at(await checkSchemas(parseManifestFile('l.yaml', list).objects)), [
    'CSO2001 l.yaml:8 error',
  ])
  const json =
    '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n  "metadata": {"name": "a"},\n  "data": {"k": 1}\n}\n'
  assert.deepEqual(at(await checkSchemas(parseManifestFile('c.json', json).objects)), [
    'CSO2002 c.json:5 error',
  ])
})
