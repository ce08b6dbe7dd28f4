import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectSource } from '../../../src/manifests/collect.ts'
import { sortFindings, type Finding } from '../../../src/manifests/finding.ts'
import { isManifestPath, parseManifestFile, type ManifestObject } from '../../../src/manifests/parse.ts'
import { checkSchemas, type SchemaCheckOptions } from '../../../src/manifests/schema/schema-check.ts'

/** test/fixtures/schema/NAME. */
export const SCHEMA_FIXTURES = join(import.meta.dirname, '../../fixtures/schema')
const HIERARCHY_DIRS = ['system/', 'cluster/', 'clusterregistry/', 'namespaces/']

/**
 * Every object of a directory, read as validation reads it, without running
 * the rules: the schema tests stay independent of the rule set.
 */
export async function loadObjects(
  dir: string,
  sourceFormat: 'unstructured' | 'hierarchy' = 'unstructured',
): Promise<ManifestObject[]> {
  const tree = await collectSource(dir)
  const objects: ManifestObject[] = []
  for (const entry of tree.entries) {
    if (entry.kind !== 'file' || !isManifestPath(entry.path)) continue
    if (sourceFormat === 'hierarchy' && !HIERARCHY_DIRS.some((d) => entry.path.startsWith(d))) continue
    objects.push(...parseManifestFile(entry.path, readFileSync(entry.absPath, 'utf8')).objects)
  }
  return objects
}

/** The schema findings of a fixture directory, sorted. */
export async function schemaFindings(fixture: string, options: SchemaCheckOptions = {}): Promise<Finding[]> {
  return sortFindings(await checkSchemas(await loadObjects(join(SCHEMA_FIXTURES, fixture)), options))
}

/** "CODE file:line severity" for exact comparisons. */
export function at(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.file}:${f.line} ${f.severity}`)
}
