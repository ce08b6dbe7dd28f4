import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { packLayer } from '../../src/artifact/tar-layer.ts'
import { collectSource } from '../../src/manifests/collect.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

/** The shop fixture pair: test/fixtures/diff/shop/{old,new}. */
export const SHOP = join(import.meta.dirname, '../fixtures/diff/shop')
export const SHOP_OLD = join(SHOP, 'old')
export const SHOP_NEW = join(SHOP, 'new')

/** Every base64 value of the shop Secrets: none may ever appear in a diff. */
export const SHOP_SECRET_VALUES = ['cGFzczE=', 'cGFzczI=', 'dG9rZW4=', 'YWRtaW4=']

/** The compressed layer size publish gives a directory, measured with the packer itself. */
export async function packedSize(dir: string): Promise<number> {
  const work = await makeTempDir('diff-size')
  try {
    return (await packLayer(await collectSource(dir), join(work, 'layer.tar.gz'))).size
  } finally {
    await removeDir(work)
  }
}

/** The expected output of the shop pair (expected.txt or expected.md) with its placeholders filled in. */
export async function expectedShopDiff(
  file: 'expected.txt' | 'expected.md',
  oldLabel: string,
  newLabel: string,
): Promise<string> {
  const [oldSize, newSize] = [await packedSize(SHOP_OLD), await packedSize(SHOP_NEW)]
  const delta = newSize - oldSize
  return (await readFile(join(SHOP, file), 'utf8'))
    .replaceAll('{OLD_SIZE}', oldSize.toLocaleString('en-US'))
    .replaceAll('{NEW_SIZE}', newSize.toLocaleString('en-US'))
    .replaceAll('{DELTA}', `${delta >= 0 ? '+' : '−'}${Math.abs(delta).toLocaleString('en-US')}`)
    .replaceAll('{OLD}', oldLabel)
    .replaceAll('{NEW}', newLabel)
}
