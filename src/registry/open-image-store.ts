import { InputError } from '../errors.ts'
import { parseImageReference, validateTag } from './image-reference.ts'
import { LAYOUT_TAIL, type StoreReference } from './image-store.ts'
import { OciLayoutStore } from './oci-layout-reader.ts'
import { OCI_LAYOUT_PREFIX } from './oci-layout-target.ts'
import { RegistryStore } from './registry-reader.ts'
import type { TargetOptions } from './target-factory.ts'

/**
 * Opens the store a reference names: `oci-layout:PATH[:TAG|@DIGEST]`, or a
 * registry reference `[host/]repo[:TAG][@DIGEST]`.
 */
export function openImageStore(value: string, options: TargetOptions, inputName: string): StoreReference {
  const text = value.trim()
  if (text.startsWith(OCI_LAYOUT_PREFIX)) {
    const rest = text.slice(OCI_LAYOUT_PREFIX.length)
    const match = LAYOUT_TAIL.exec(rest)
    const path = match ? rest.slice(0, match.index) : rest
    if (path === '')
      throw new InputError(`${inputName} "${text}" names no directory`, {
        hint: 'e.g. oci-layout:build/layout:v1',
      })
    const reference = match?.[2] ?? (match?.[1] === undefined ? undefined : validateTag(match[1], inputName))
    const store = new OciLayoutStore(path)
    return reference === undefined ? { store } : { store, reference }
  }
  const ref = parseImageReference(text, inputName)
  const store = new RegistryStore(ref, options)
  const reference = ref.digest ?? ref.tag
  return reference === undefined ? { store } : { store, reference }
}
