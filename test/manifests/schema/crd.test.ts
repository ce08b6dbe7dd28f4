import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseManifestFile } from '../../../src/manifests/parse.ts'
import { checkSchemas } from '../../../src/manifests/schema/schema-check.ts'
import { at, schemaFindings } from './load-objects.ts'

test('custom resources that fit their CRD pass: preserve-unknown, int-or-string, nullable, embedded resource, formats (wrapped base64), CEL not evaluated', async () => {
  assert.deepEqual(at(await schemaFindings('crd-valid')), [])
})

test('custom resources are checked against the openAPIV3Schema of the CRD declared in the repo', async () => {
  const findings = await schemaFindings('crd-invalid')
  assert.deepEqual(at(findings), [
    'CSO2001 widgets.yaml:6 error',
    'CSO2002 widgets.yaml:8 error',
    'CSO2001 widgets.yaml:9 error',
    'CSO2002 widgets.yaml:10 error',
    'CSO2002 widgets.yaml:11 error',
    'CSO2002 widgets.yaml:12 error',
    'CSO2002 widgets.yaml:13 error',
    'CSO2002 widgets.yaml:14 error',
    'CSO2002 widgets.yaml:16 error',
    'CSO2001 widgets.yaml:23 error',
    'CSO2002 widgets.yaml:31 error',
    'CSO2002 widgets.yaml:32 error',
    'CSO2002 widgets.yaml:33 error',
    'CSO2002 widgets.yaml:34 error',
    'CSO2002 widgets.yaml:36 error',
  ])
  const messages = findings.map((f) => f.message.replace(/^Widget shop\/\w+: /, ''))
  assert.deepEqual(messages, [
    'unknown field "metadata.labelz"; did you mean "labels"?',
    'missing required field "spec.image"',
    'unknown field "spec.imagee"; did you mean "image"?',
    'spec.size: must be one of "small", "medium", "large", got "huge"',
    'spec.port: must be integer or string, got boolean',
    // The draft-04 boolean form: maximum 10 with exclusiveMaximum true.
    'spec.replicas: must be < 10, got 10',
    'spec.notBefore: must be a valid date-time, got "yesterday"',
    'spec.owner: must be string, got integer 42',
    'spec.labels.tier: must be string, got integer 3',
    'unknown field "spec.template.spec.replica"; did you mean "replicas"?',
    // A null in a field that is not nullable is pruned by the API server, so the field is missing.
    'missing required field "spec.image"',
    'spec.maxCount: must be a valid int32, got 3000000000',
    'spec.cert: must be a valid byte, got "not base64!"',
    // An RE2 pattern with an escape the u flag would refuse is still checked; an RE2-only one, (?i), is dropped.
    'spec.slug: must match the pattern ^[a-z0-9\\-]+$, got "Not_A_Slug"',
    'version v2 is not served by the CustomResourceDefinition widgets.example.com declared in crd.yaml:1 (served: v1)',
  ])
})

test('v1beta1 CRDs: schema at spec.validation, unknown fields preserved by default, no schema is a warning', async () => {
  assert.deepEqual(at(await schemaFindings('crd-v1beta1')), [
    'CSO2004 crds.yaml:1 error',
    'CSO2004 crds.yaml:22 error',
    'CSO2002 resources.yaml:16 error',
    'CSO2003 resources.yaml:19 warning',
  ])
})

test('a schema ajv cannot compile is a warning on each custom resource, not a crash', async () => {
  const text = [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata: {name: things.example.com}',
    'spec:',
    '  group: example.com',
    '  names: {kind: Thing, plural: things}',
    '  scope: Namespaced',
    '  versions:',
    '    - name: v1',
    '      served: true',
    '      storage: true',
    '      schema:',
    '        openAPIV3Schema: {type: object, properties: {spec: {$ref: "#/nowhere"}}}',
    '---',
    'apiVersion: example.com/v1',
    'kind: Thing',
    'metadata: {name: t, namespace: shop}',
  ].join('\n')
  const findings = await checkSchemas(parseManifestFile('t.yaml', text).objects)
  assert.deepEqual(at(findings), ['CSO2003 t.yaml:16 warning'])
  assert.match(findings[0]!.message, /could not be used \(.*nowhere.*\)/)
})
