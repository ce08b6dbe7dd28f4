import { InputError } from '../errors.ts'
import { INPUT, lines, type InputReader } from './inputs.ts'
import type { ActionInputs, PromoteInputs, TagInputs } from '../settings/sections.ts'

/** The tagging inputs' names, in one table. */
export const TAG_INPUT = {
  tagRules: 'tag-rules',
  tagFlavor: 'tag-flavor',
  compareWith: 'compare-with',
  from: 'from',
} as const

/** Reads tag-rules, tag-flavor and compare-with; the rules themselves are checked when evaluated. */
export function readTagInputs(read: InputReader): TagInputs {
  const compareWith = read(TAG_INPUT.compareWith).trim()
  return {
    rules: lines(read(TAG_INPUT.tagRules)),
    flavor: lines(read(TAG_INPUT.tagFlavor)),
    ...(compareWith === '' ? {} : { compareWith }),
  }
}

/** Reads `from` and checks that `tags` names at least one tag (promote adds nothing else). */
export function readPromoteInputs(read: InputReader, inputs: ActionInputs): PromoteInputs {
  const from = read(TAG_INPUT.from).trim()
  if (from === '') {
    throw new InputError(`input "${TAG_INPUT.from}" is required for mode "promote"`, {
      hint: `name the tested artifact in the image's repository: a tag (from: main), a digest (from: sha256:…) or the full reference`,
    })
  }
  if (inputs.tags.length === 0) {
    throw new InputError(`input "${INPUT.tags}" is required for mode "promote": it lists the tags to add`, {
      hint: 'e.g. tags: prod',
    })
  }
  return { from, tags: inputs.tags }
}
