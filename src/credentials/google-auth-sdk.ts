/**
 * google-auth-library, loaded only by dynamic import() when a Google
 * registry or API needs it. Named re-exports from a local ESM module, because
 * esbuild's split chunk of a CommonJS package exports only `default`
 * (TOOLCHAIN-NOTES.md §3, gotcha 5).
 */
export { Compute, GoogleAuth, OAuth2Client, UserRefreshClient } from 'google-auth-library'
