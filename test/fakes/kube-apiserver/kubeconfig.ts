import { writeFile } from 'node:fs/promises'
import { stringify } from 'yaml'

/** One context of a kubeconfig pointing at a fake (or any) API server. */
export interface KubeconfigEntry {
  readonly context: string
  readonly server: string
  /** PEM of the CA the server's certificate chains to. */
  readonly caPem?: string
  /** A static bearer token (what get-gke-credentials writes). */
  readonly token?: string
  /** An exec credential plugin (what gke-gcloud-auth-plugin is). */
  readonly exec?: { readonly command: string; readonly args?: readonly string[] }
  readonly namespace?: string
}

/** A kubeconfig (clientcmd v1) with one cluster, user and context per entry. */
export function renderKubeconfig(
  entries: readonly KubeconfigEntry[],
  currentContext: string | undefined = entries[0]?.context,
): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: entries.map((e) => ({
      name: `${e.context}-cluster`,
      cluster: {
        server: e.server,
        ...(e.caPem === undefined
          ? {}
          : { 'certificate-authority-data': Buffer.from(e.caPem).toString('base64') }),
      },
    })),
    users: entries.map((e) => ({ name: `${e.context}-user`, user: userEntry(e) })),
    contexts: entries.map((e) => ({
      name: e.context,
      context: {
        cluster: `${e.context}-cluster`,
        user: `${e.context}-user`,
        ...(e.namespace === undefined ? {} : { namespace: e.namespace }),
      },
    })),
    ...(currentContext === undefined ? {} : { 'current-context': currentContext }),
  })
}

/** Writes renderKubeconfig to `path` with mode 0600, as get-gke-credentials does. */
export async function writeKubeconfig(
  path: string,
  entries: readonly KubeconfigEntry[],
  currentContext?: string,
): Promise<string> {
  await writeFile(path, renderKubeconfig(entries, currentContext), { mode: 0o600 })
  return path
}

function userEntry(entry: KubeconfigEntry): Record<string, unknown> {
  if (entry.exec !== undefined) {
    return {
      exec: {
        apiVersion: 'client.authentication.k8s.io/v1beta1',
        command: entry.exec.command,
        args: [...(entry.exec.args ?? [])],
        interactiveMode: 'Never',
        provideClusterInfo: true,
        installHint: 'a test plugin',
      },
    }
  }
  return entry.token === undefined ? {} : { token: entry.token }
}
