/**
 * The validation framework's vocabulary. A rule is a plain function over one
 * object or over the whole set; rules/index.ts lists them in the order Config
 * Sync runs its validators (../shared/CONFIG-SYNC.md §4).
 */
import type { DeclaredObject } from '../declared-object.ts'
import type { Finding } from '../finding.ts'
import type { ManifestObject } from '../parse.ts'
import type { SyncScope } from '../scope/sync-scope.ts'

/** How the RootSync/RepoSync reads the directory (`spec.sourceFormat`). */
export type SourceFormat = 'unstructured' | 'hierarchy'

/** What every rule sees. */
export interface ValidationContext {
  /**
   * Objects that passed the read-time checks (READ_RULES): their apiVersion,
   * kind and metadata.name are non-empty strings, metadata is a map and
   * annotation and label values are strings. Config Sync never validates an
   * object further that failed to read.
   */
  readonly objects: readonly DeclaredObject[]
  /** Every object handed to validation, including those that failed the read-time checks. */
  readonly allObjects: readonly ManifestObject[]
  readonly sourceFormat: SourceFormat
  readonly scope: SyncScope
  readonly allowSecrets: boolean
  /** A file or an object failed to read: checks that need every object (a missing Repo) stay quiet. */
  readonly readFailed: boolean
}

/** A read-time check of one object as decoded (§4.2). */
export interface ReadRule {
  readonly name: string
  readonly check: (object: ManifestObject) => readonly Finding[]
}

/** A check of one object, independent of the others. */
export interface ObjectRule {
  readonly name: string
  readonly scope: 'object'
  /** When set, the rule runs only for objects of these kinds (any group): most rules concern a few kinds, and 5,000 objects × every rule adds up. */
  readonly kinds?: ReadonlySet<string>
  readonly check: (object: DeclaredObject, ctx: ValidationContext) => readonly Finding[]
}

/** The shared empty result, so the common case allocates nothing. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([])

/** A check that needs the whole set of objects (duplicates, references, the empty source). */
export interface SetRule {
  readonly name: string
  readonly scope: 'set'
  readonly check: (ctx: ValidationContext) => Finding[]
}

/** Either kind of rule, as registered in rules/index.ts. */
export type Rule = ObjectRule | SetRule
