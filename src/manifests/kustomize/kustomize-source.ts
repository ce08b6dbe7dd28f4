/**
 * What validation reads when kustomize is involved: the rendered objects when
 * the top of the directory holds a kustomization (Config Sync syncs those,
 * not the sources), or the source files plus KNV1068 when kustomization
 * files exist only below the top or the source format forbids rendering.
 */
import type { SourceTree } from '../collect.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { KNV1068, missingTopKustomization, topKustomization } from './kustomization-files.ts'
import type { KustomizeEnvironment } from './kustomize-runner.ts'
import { renderSource, type RenderedSource } from './render.ts'

/** The rendered source to validate instead of the files (if rendered), and findings to add to the files' own. */
export interface KustomizeOutcome {
  readonly rendered?: RenderedSource
  readonly findings: readonly Finding[]
}

/** The settings that decide whether and how to render. */
export interface KustomizeSettings {
  readonly sourceFormat?: 'unstructured' | 'hierarchy'
  /** The artifact will hold the rendered output: render the directory itself (it may read outside it). */
  readonly render?: boolean
  readonly environment?: KustomizeEnvironment
}

/** Decides, as Config Sync does, whether tree is rendered, and renders it. */
export async function resolveKustomization(
  tree: SourceTree,
  settings: KustomizeSettings = {},
): Promise<KustomizeOutcome> {
  const top = topKustomization(tree)
  if (top === undefined) return { findings: missingTopKustomization(tree) }
  if (settings.sourceFormat === 'hierarchy') {
    // nomos vet refuses this combination with the same words.
    return {
      findings: [
        errorFinding(
          KNV1068,
          top,
          0,
          'sourceFormat must be unstructured when Kustomization is needed: Config Sync renders the kustomization and reads the output as unstructured',
        ),
      ],
    }
  }
  const rendered = await renderSource(tree, top, {
    fromSources: settings.render === true,
    ...(settings.environment === undefined ? {} : { environment: settings.environment }),
  })
  return { rendered, findings: [] }
}
