/**
 * The Artifact Registry client (with google-gax and gRPC, ~4.7 MB bundled),
 * loaded only by dynamic import() when `create-repository` asks for it, so
 * esbuild puts it in its own chunk. Named re-export from a local ESM module,
 * because a split chunk of a CommonJS package exports only `default`
 * (TOOLCHAIN-NOTES.md §3, gotcha 5).
 */
export { ArtifactRegistryClient } from '@google-cloud/artifact-registry'
