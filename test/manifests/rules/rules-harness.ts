/**
 * Helpers for the rule tests: files (path → YAML) in, findings out as
 * "CODE file:line" strings, so every assertion pins code, file and line.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Finding } from '../../../src/manifests/finding.ts'
import { parseManifestFile, type ManifestObject } from '../../../src/manifests/parse.ts'
import { parseApiResources } from '../../../src/manifests/scope/api-resources.ts'
import { validateObjects, type ValidationOptions } from '../../../src/manifests/validate.ts'

/** Files of one case: relative path → text. */
export type Files = Readonly<Record<string, string>>

/** Parses files, failing the test on any parse finding. */
export function objectsOf(files: Files): ManifestObject[] {
  return Object.entries(files).flatMap(([file, text]) => {
    const parsed = parseManifestFile(file, text)
    assert.deepEqual(parsed.findings, [], `${file} parses`)
    return parsed.objects
  })
}

/** Every finding of validating files, sorted. */
export function findingsOf(files: Files, options: ValidationOptions = {}, apiResources?: string): Finding[] {
  return validateObjects(
    objectsOf(files),
    options,
    apiResources === undefined ? {} : { apiResources: parseApiResources(apiResources) },
  )
}

/** "CODE file:line" of every finding (warnings included). */
export function at(files: Files, options: ValidationOptions = {}, apiResources?: string): string[] {
  return findingsOf(files, options, apiResources).map(where)
}

/** "CODE file:line" of one finding. */
export function where(f: Finding): string {
  return `${f.code} ${f.file}:${f.line}`
}

/** One YAML object: apiVersion, kind, name, optional namespace, then extra lines (metadata fields indented by two, or top-level fields). */
export function obj(apiVersion: string, kind: string, name: string, namespace?: string, extra = ''): string {
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n${namespace === undefined ? '' : `  namespace: ${namespace}\n`}${extra}`
}

/** Documents joined into one multi-document file. */
export function docs(...texts: string[]): string {
  return texts.join('---\n')
}

/** A minimal valid hierarchy repo: the Repo object. */
export const REPO: Files = {
  'system/repo.yaml': obj(
    'configmanagement.gke.io/v1',
    'Repo',
    'repo',
    undefined,
    'spec:\n  version: "1.0.0"\n',
  ),
}

/** A namespace repo scope for tests. */
export const SHOP_REPO_SYNC = { kind: 'namespace', namespace: 'shop', name: 'repo-sync' } as const

/** Runs a table of cases: each has files, options and the exact expected "CODE file:line" list. */
export interface Case {
  readonly name: string
  readonly files: Files
  readonly options?: ValidationOptions
  readonly apiResources?: string
  readonly expect: readonly string[]
}

/** Registers one test per case, asserting its exact findings. */
export function defineCases(prefix: string, cases: readonly Case[]): void {
  for (const c of cases) {
    test(`${prefix}: ${c.name}`, () => {
      assert.deepEqual(at(c.files, c.options ?? {}, c.apiResources), c.expect)
    })
  }
}
