import type { TestRegistry } from '../harness/registry.ts'

/** The registry's access-log request lines ("METHOD /v2/… HTTP/1.1"), in order. */
export function accessRequests(log: string): string[] {
  return [...log.matchAll(/^\S+ - \S+ \[[^\]]+\] "([A-Z]+ \/v2\/[^ ]*) HTTP\/1\.1"/gm)].map((m) => m[1]!)
}

/** Requests that start, continue or finish a blob upload (mounts included) in a repository. */
export function blobUploads(requests: readonly string[], repository: string): string[] {
  return requests.filter((r) => new RegExp(`^(POST|PUT|PATCH) /v2/${repository}/blobs/uploads/`).test(r))
}

/** Watches a registry's access log: requests() gives the ones made since mark(). */
export function logWatch(reg: TestRegistry): { mark(): Promise<void>; requests(): Promise<string[]> } {
  let seen = 0
  return {
    async mark() {
      seen = accessRequests(await reg.log()).length
    },
    async requests() {
      return accessRequests(await reg.log()).slice(seen)
    },
  }
}
