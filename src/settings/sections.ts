/**
 * The sections of the settings record (settings.ts), one per feature: what
 * the action's inputs (src/action/*-inputs.ts) and the CLI's flags are
 * mapped to, read and checked. Types only.
 */
import type { BootstrapSettings } from '../bootstrap/types.ts'
import type { ValidationSettings } from '../manifests/validation-settings.ts'
import type { Credentials } from '../registry/auth.ts'
import type { RegistrySettings } from '../registry/target-factory.ts'
import type { ClusterSelection } from '../rootsync/cluster/kubeconfig.ts'
import type { CreateSyncSpec } from '../rootsync/sync-patch.ts'
import type { SyncRef } from '../rootsync/types.ts'
import type { EditTarget } from '../writeback/edit/target.ts'
import type { ConfigRepo } from '../writeback/git/config-repo.ts'
import type { Person } from '../writeback/git/git-command.ts'
import type { PullRequestSettings, WriteBackMode } from '../writeback/git/writeback-types.ts'

/** The action's inputs, read once, validated and typed. */
export interface ActionInputs {
  /** What to do (`mode`): publish (default) or another registered mode. */
  readonly mode: string
  /** Absolute path of the directory to validate and pack (`dir`). */
  readonly dir: string
  /** Registry repository, optionally with a tag, or `oci-layout:PATH[:TAG]` (`image`); '' when unset (see requireImage). */
  readonly image: string
  /** Extra tags besides the commit SHA (`tags`). */
  readonly tags: readonly string[]
  /** Manifest annotations (`annotations`, key=value lines). */
  readonly annotations: Readonly<Record<string, string>>
  /** Extra gitignore-style patterns to leave out (`ignore`). */
  readonly ignore: readonly string[]
  /** From `username` + `password`; absent for anonymous pushes. */
  readonly credentials?: Credentials
  /** Allow plain HTTP and skip TLS verification (`insecure`). */
  readonly insecure: boolean
  /** PEM file with extra CA certificates for the registry (`ca-file`). */
  readonly caFile?: string
}

/** The validation inputs, read and checked: what validation needs, and where to write SARIF. */
export interface ValidationInputs extends ValidationSettings {
  /** Absolute path of the SARIF file to write (`sarif-file`); absent when none is asked for. */
  readonly sarifFile?: string
}

/** What the tag inputs ask for (publish mode). */
export interface TagInputs {
  /** tag-rules lines (metadata-action syntax); empty → type=sha. */
  readonly rules: readonly string[]
  /** tag-flavor lines (latest=, prefix=, suffix=). */
  readonly flavor: readonly string[]
  /** compare-with: a tag or digest of the image's repository whose content, when equal, is tagged instead of pushing. */
  readonly compareWith?: string
}

/** What promote mode needs: the reference to promote and the tags to add. */
export interface PromoteInputs {
  readonly from: string
  readonly tags: readonly string[]
}

/** The rollout inputs, read and checked. */
export interface RolloutInputs {
  /** `rollout: true`. */
  readonly enabled: boolean
  /** From `root-sync` (default root-sync) or `repo-sync`. */
  readonly ref: SyncRef
  /** Kubeconfig files (absolute; empty: KUBECONFIG, ~/.kube/config, in-cluster) and contexts (empty: current). */
  readonly selection: { readonly kubeconfigs: readonly string[]; readonly contexts: readonly string[] }
  readonly canaries: readonly string[]
  readonly concurrency: number
  /** Set when `create-sync: true`. */
  readonly create?: CreateSyncSpec
  readonly wait: boolean
  readonly timeoutMs: number
  readonly rollbackOnFailure: boolean
}

/** The write-back inputs, read and checked; the image and source come from the publish. */
export interface WriteBackInputs {
  readonly repo: ConfigRepo
  readonly branch: string
  readonly token: string
  readonly path: string
  readonly target: EditTarget
  readonly mode: WriteBackMode
  readonly message: string
  readonly author: Person
  readonly committer: Person
  readonly pullRequest: PullRequestSettings
}

/** The preview inputs, read and checked. */
export interface PreviewInputs {
  /** e.g. pr-{number}; rendered per pull request. */
  readonly nameTemplate: string
  /** Create or update the preview RootSync/RepoSync in the cluster(s) of kubeconfig/contexts. */
  readonly sync: boolean
  /** Tag or digest of image's repository to diff against; absent: the base branch name as a tag. */
  readonly base?: string
  /** Post (and keep editing) the sticky comment. */
  readonly comment: boolean
  /** On `closed`: delete the preview sync and the pull request's tags. */
  readonly cleanup: boolean
  /** github-token ('' when unset: no comment). */
  readonly token: string
  /** GITHUB_API_URL (the runner sets it), else https://api.github.com. */
  readonly apiUrl: string
}

/** What mode setup runs with. */
export interface SetupInputs {
  readonly settings: BootstrapSettings
  readonly selection: ClusterSelection
  /** Registry settings for the push; the repository itself is step 1's business. */
  readonly registry: RegistrySettings
  /** `dir` as written, for the plan. */
  readonly displayDir: string
}
