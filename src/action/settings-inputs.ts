import { InputError } from '../errors.ts'
import { CLOSED_ACTION, readPullRequestEvent } from '../preview/pull-request-event.ts'
import type { ActionInputs, RolloutInputs, WriteBackInputs } from '../settings/sections.ts'
import type { PreviewSettings, Settings } from '../settings/settings.ts'
import { PREVIEW_TAG_RULES } from '../tags/preview-tags.ts'
import { parseBoolean, readInputs, requireImage, type InputReader } from './inputs.ts'
import { PREVIEW_INPUT, readPreviewInputs } from './preview-inputs.ts'
import { readRegistryInputs } from './registry-inputs.ts'
import { readRolloutInputs, ROLLOUT_INPUT } from './rollout-inputs.ts'
import { readSetupInputs } from './setup-inputs.ts'
import { readPromoteInputs, readTagInputs, TAG_INPUT } from './tag-inputs.ts'
import { readValidationInputs } from './validation-inputs.ts'
import { readWriteBackInputs, WRITEBACK_INPUT } from './writeback-inputs.ts'
import { readVerifyInputs } from './verify-inputs.ts'
import { readSigningInputs } from './signing-inputs.ts'

/** The modes that push or tag an artifact, and so need `image`. */
const MODE = {
  publish: 'publish',
  promote: 'promote',
  preview: 'preview',
  setup: 'setup',
  validateOnly: 'validate-only',
  rollout: 'rollout',
  writeBack: 'write-back',
} as const

/** What the action hands over besides the input reader. */
export interface InputContext {
  /** Registers a secret with the runner; called the moment a secret is read. */
  readonly mask: (secret: string) => void
  readonly env: NodeJS.ProcessEnv
  /** GITHUB_WORKSPACE: relative paths resolve against it. */
  readonly workspace: string
}

/** The core inputs alone (mode, dir, image …): read first, so that the mode is known. */
export function readCoreInputs(read: InputReader, context: InputContext): ActionInputs {
  return readInputs(read, context.mask, context.workspace)
}

/**
 * The action's inputs → the settings record, in one place and before any
 * mode runs. Each mode's sections are read in the order the mode needs
 * them, so the first problem reported is the one the mode meets first; a
 * feature's other inputs are checked only when the feature is on, and every
 * problem surfaces before anything is pushed.
 */
export async function readSettings(
  read: InputReader,
  context: InputContext,
  core: ActionInputs = readCoreInputs(read, context),
): Promise<Settings> {
  const { mask, env, workspace } = context
  const verify = readVerifyInputs(read, workspace)
  const base = { mode: core.mode, core, signing: {}, ...(verify === undefined ? {} : { verify }) }
  switch (core.mode) {
    case MODE.validateOnly:
      return {
        ...base,
        validation: readValidationInputs(read, workspace),
        registry: readRegistryInputs(read, mask),
        tagging: readTagInputs(read),
      }
    case MODE.setup: {
      const setup = readSetupInputs(read, mask, workspace, core)
      // Setup creates the repository itself: its registry settings are the setup's (create-repository implied).
      return {
        ...base,
        setup,
        validation: readValidationInputs(read, workspace),
        registry: setup.registry,
        tagging: readTagInputs(read),
      }
    }
    case MODE.promote: {
      requireImage(core)
      const promote = readPromoteInputs(read, core)
      const after = readAfterPublish(read, context, core)
      return {
        ...base,
        promote,
        ...after,
        validation: readValidationInputs(read, workspace),
        registry: readRegistryInputs(read, mask),
        tagging: readTagInputs(read),
      }
    }
    case MODE.preview:
      return readPreviewSettings(read, context, core)
    case MODE.rollout:
    case MODE.writeBack:
      return readDeliverySettings(read, context, core, base)
    default: {
      requireImage(core)
      const validation = readValidationInputs(read, workspace)
      const signing = readSigningInputs(read, mask, workspace)
      const after = readAfterPublish(read, context, core)
      return {
        ...base,
        signing,
        validation,
        ...after,
        registry: readRegistryInputs(read, mask),
        tagging: readTagInputs(read),
      }
    }
  }
}

/**
 * mode: rollout and mode: write-back deliver an artifact already in the registry (`image` names it by
 * digest or tag): the one step the mode is named after, with its inputs read as after a push.
 */
function readDeliverySettings(
  read: InputReader,
  context: InputContext,
  core: ActionInputs,
  base: Pick<Settings, 'mode' | 'core' | 'signing' | 'verify'>,
): Settings {
  const image = requireImage(core)
  const rollout = core.mode === MODE.rollout
  const stepRead: InputReader = (name) => (rollout && name === ROLLOUT_INPUT.rollout ? 'true' : read(name))
  const after = readAfterPublish(stepRead, context, core)
  const shared = {
    ...base,
    validation: readValidationInputs(read, context.workspace),
    registry: readRegistryInputs(read, context.mask),
    tagging: readTagInputs(read),
  }
  if (rollout) {
    if (after.rollout === undefined) throw new InputError(`mode "${MODE.rollout}" has nothing to roll out to`)
    return { ...shared, rollout: after.rollout }
  }
  if (after.writeBack === undefined) {
    throw new InputError(`mode "${MODE.writeBack}" needs input "${WRITEBACK_INPUT.repo}"`, {
      hint: 'config-repo: OWNER/NAME (on github-server-url) or a git URL, with write-back-target',
    })
  }
  if (image.startsWith('oci-layout:')) {
    throw new InputError(
      `mode "${MODE.writeBack}" needs an image in a registry; "image" is an OCI layout on disk`,
    )
  }
  return { ...shared, writeBack: after.writeBack }
}

/** The steps after a push (write-back, rollout), each read only when asked for; checked against `image`. */
function readAfterPublish(
  read: InputReader,
  context: InputContext,
  core: ActionInputs,
): { writeBack?: WriteBackInputs; rollout?: RolloutInputs } {
  const onDisk = core.image.startsWith('oci-layout:')
  const writeBack = readWriteBackInputs(read, context.mask, context.env)
  if (writeBack !== undefined && onDisk) {
    throw new InputError(
      `input "${WRITEBACK_INPUT.repo}" needs an image pushed to a registry; "image" is an OCI layout on disk`,
      {
        hint: 'set image to a registry repository, or leave config-repo empty',
      },
    )
  }
  // The other rollout inputs are checked only when a rollout is asked for.
  let rollout: RolloutInputs | undefined
  if (parseBoolean(read(ROLLOUT_INPUT.rollout), ROLLOUT_INPUT.rollout)) {
    rollout = readRolloutInputs(read, context.workspace, core.image, context.mask)
    if (onDisk) {
      throw new InputError(
        `input "${ROLLOUT_INPUT.rollout}" needs an image pushed to a registry a cluster can pull; "image" is an OCI layout on disk`,
        {
          hint: 'set image to a registry repository, or rollout: false',
        },
      )
    }
  }
  return { ...(writeBack === undefined ? {} : { writeBack }), ...(rollout?.enabled ? { rollout } : {}) }
}

/**
 * mode: preview. The pull request event decides what is read: on `closed`
 * what cleanup needs; otherwise what publish needs, with tag-rules
 * defaulting to pr-N and the head SHA, and neither rollout nor config-repo
 * (a pull request's artifact must not reach the production sync or config
 * repo).
 */
async function readPreviewSettings(
  read: InputReader,
  context: InputContext,
  core: ActionInputs,
): Promise<Settings> {
  const { mask, env, workspace } = context
  const pullRequest = await readPullRequestEvent(env, MODE.preview)
  const inputs = readPreviewInputs(read, mask, env)
  const image = requireImage(core)
  if (image.startsWith('oci-layout:')) {
    throw new InputError(
      `mode "${MODE.preview}" needs an image in a registry; "image" is an OCI layout on disk`,
      { hint: 'e.g. image: ghcr.io/acme/config' },
    )
  }
  const validation = readValidationInputs(read, workspace)
  const registry = readRegistryInputs(read, mask)
  const base = { mode: core.mode, core, signing: {}, validation, registry }
  if (pullRequest.action === CLOSED_ACTION) {
    // cleanup: false leaves everything as it is, so nothing else is read.
    const preview: PreviewSettings = {
      pullRequest,
      inputs,
      ...(inputs.sync && inputs.cleanup ? { rollout: readRolloutInputs(read, workspace, image, mask) } : {}),
    }
    return { ...base, tagging: readTagInputs(read), preview }
  }
  const previewRead: InputReader = (name) => {
    const value = read(name)
    return name === TAG_INPUT.tagRules && value.trim() === '' ? PREVIEW_TAG_RULES.join('\n') : value
  }
  const after = readAfterPublish(read, context, core)
  for (const [name, set] of [
    [ROLLOUT_INPUT.rollout, after.rollout !== undefined],
    [WRITEBACK_INPUT.repo, after.writeBack !== undefined],
  ] as const) {
    if (set) {
      throw new InputError(
        `input "${name}" cannot be used with mode "${MODE.preview}": it would send a pull request's artifact to the main sync`,
        {
          hint: `use ${PREVIEW_INPUT.sync}: true for a preview sync; set ${name} only on push events, e.g. ${name}: \${{ github.event_name == 'push' }}`,
        },
      )
    }
  }
  // The preview sync is created on its first push: the rollout inputs with create-sync on.
  const createRead: InputReader = (name) => (name === ROLLOUT_INPUT.createSync ? 'true' : read(name))
  const rollout = inputs.sync ? readRolloutInputs(createRead, workspace, image, mask) : undefined
  if (rollout?.secrets !== undefined) {
    // Refused rather than ignored: the preview engine does not write Secrets yet.
    throw new InputError(
      `inputs "${ROLLOUT_INPUT.syncToken}", "${ROLLOUT_INPUT.syncCaFile}" and "${ROLLOUT_INPUT.syncAuth}: token" are not supported with mode "${MODE.preview}" yet`,
      {
        hint: 'create the token Secret with a rollout or setup run, and let previews use auth none or a Google registry',
      },
    )
  }
  const preview: PreviewSettings = { pullRequest, inputs, ...(rollout === undefined ? {} : { rollout }) }
  return { ...base, tagging: readTagInputs(previewRead), preview }
}
