/**
 * The one module that imports @kubernetes/client-node. Version 2 depends on
 * undici 8, which crashes at import on Node 20, so this module (and all of
 * cluster/) is reached only through the dynamic import in
 * ../cluster-loader.ts; esbuild then keeps it in a chunk that `validate`
 * and `publish` never load (TOOLCHAIN-NOTES.md §3, gotchas 1 and 5).
 */
export { KubeConfig } from '@kubernetes/client-node'
export type { Cluster, Context, User } from '@kubernetes/client-node'
