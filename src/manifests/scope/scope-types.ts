/**
 * Scope vocabulary shared by the scoped, hierarchy and final stages.
 */
import type { DeclaredObject } from '../declared-object.ts'

/** Whether a kind's objects live in a namespace or at cluster level. */
export type ObjectScope = 'cluster' | 'namespace'

/** Objects split by scope (Config Sync's fileobjects.Scoped). */
export interface ScopedObjects {
  readonly cluster: readonly DeclaredObject[]
  readonly namespaced: readonly DeclaredObject[]
  /** Kinds no table, api-resources.txt or declared CRD knows: the cluster would tell (KNV1021). */
  readonly unknown: readonly DeclaredObject[]
}
