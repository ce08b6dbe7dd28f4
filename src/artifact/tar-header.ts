/**
 * POSIX ustar headers (POSIX.1-2001 pax interchange format) for the entries
 * our layers hold: regular files and directories, owned by 0:0, mtime 0, no
 * user or group names. A name that fits ustar (ASCII, at most 100 bytes, or
 * a prefix of at most 155 bytes and a name of at most 100 split at a slash)
 * gets one header block; any other name gets a pax extended header holding
 * `path`, then the entry's own header.
 *
 * The bytes are the same as tar-stream 3 writes for these entries, so layers
 * packed before and after the switch to this writer have the same digests
 * (test/artifact/tar-header.test.ts compares the two).
 */

export const TAR_BLOCK = 512
/** Two zero blocks end the archive. */
export const TAR_END_BYTES = 2 * TAR_BLOCK

const TYPE_FLAG = { file: 0x30, directory: 0x35, paxHeader: 0x78 } as const
const NAME_BYTES = 100
const PREFIX_BYTES = 155
const OFFSET = {
  name: 0,
  mode: 100,
  uid: 108,
  gid: 116,
  size: 124,
  mtime: 136,
  checksum: 148,
  type: 156,
  magic: 257,
  devmajor: 329,
  devminor: 337,
  prefix: 345,
} as const
/** Octal sizes in 11 digits reach 8 GiB − 1; beyond, base-256 (a GNU and star extension every tar reads). */
const MAX_OCTAL_SIZE = 0o77777777777
const ASCII = /^[\x00-\x7f]*$/
const PAX_NAME = 'PaxHeader'

export type TarEntryType = 'file' | 'directory'

/** Encodes headers; the common case writes one block straight into the caller's buffer. */
export class TarHeaderWriter {
  readonly #block = Buffer.alloc(TAR_BLOCK)
  /** Per type and mode, a block with every field but name, prefix, size and checksum, and that block's byte sum. */
  readonly #templates = new Map<string, { block: Buffer; sum: number }>()

  /**
   * Writes the single ustar header of an entry at target[offset…offset+512)
   * and returns true; returns false (writing nothing) when the name needs a
   * pax header, for encode() to produce. A directory's name ends in '/'.
   */
  encodeInto(
    target: Buffer,
    offset: number,
    name: string,
    type: TarEntryType,
    mode: number,
    size: number,
  ): boolean {
    const split = ustarName(name)
    if (split === undefined || size > MAX_OCTAL_SIZE) return false
    const template = this.#template(type, mode)
    template.block.copy(target, offset)
    let sum = template.sum
    sum += writeAscii(target, offset + OFFSET.name, split.name)
    if (split.prefix !== '') sum += writeAscii(target, offset + OFFSET.prefix, split.prefix)
    sum += writeAscii(target, offset + OFFSET.size, size.toString(8).padStart(11, '0'))
    writeOctal(target, offset + OFFSET.checksum, sum, 6)
    return true
  }

  /**
   * The header blocks of one entry: one block, or, for a name ustar cannot
   * hold, a pax header block, its records padded to whole blocks, and the
   * entry's block. A directory's name ends in '/'. The blocks may be reused
   * by the next call: copy them first.
   */
  encode(name: string, type: TarEntryType, mode: number, size: number): Buffer[] {
    const split = ustarName(name)
    if (split !== undefined) return [this.#write(split.name, split.prefix, type, mode, size)]
    const records = Buffer.from(paxRecord('path', name), 'utf8')
    const padded = Buffer.alloc(Math.ceil(records.length / TAR_BLOCK) * TAR_BLOCK)
    records.copy(padded)
    const paxBlock = Buffer.from(this.#write(PAX_NAME, '', 'paxHeader', mode, records.length))
    // The ustar name field of both blocks says only PaxHeader (a directory's too): readers take the path from the record.
    return [paxBlock, padded, Buffer.from(this.#write(PAX_NAME, '', type, mode, size))]
  }

  #template(type: TarEntryType, mode: number): { block: Buffer; sum: number } {
    const key = `${type}:${mode}`
    let template = this.#templates.get(key)
    if (template === undefined) {
      const block = Buffer.from(this.#write('', '', type, mode, 0))
      block.fill(0, OFFSET.size, OFFSET.size + 12)
      block.fill(0x20, OFFSET.checksum, OFFSET.checksum + 8)
      let sum = 0
      for (const byte of block) sum += byte
      block.fill(0, OFFSET.checksum, OFFSET.checksum + 8)
      // The size field always ends in a space after its 11 digits.
      block[OFFSET.size + 11] = 0x20
      template = { block, sum: sum + 0x20 }
      this.#templates.set(key, template)
    }
    return template
  }

  /** One complete block, any name (pax's own blocks, sizes past 8 GiB). */
  #write(name: string, prefix: string, type: TarEntryType | 'paxHeader', mode: number, size: number): Buffer {
    const block = this.#block
    block.fill(0)
    block.write(name, OFFSET.name, 'latin1')
    writeOctal(block, OFFSET.mode, mode & 0o7777, 6)
    writeOctal(block, OFFSET.uid, 0, 6)
    writeOctal(block, OFFSET.gid, 0, 6)
    writeSize(block, size)
    writeOctal(block, OFFSET.mtime, 0, 11)
    block[OFFSET.type] = TYPE_FLAG[type]
    block.write('ustar\x0000', OFFSET.magic, 'latin1')
    writeOctal(block, OFFSET.devmajor, 0, 6)
    writeOctal(block, OFFSET.devminor, 0, 6)
    if (prefix !== '') block.write(prefix, OFFSET.prefix, 'latin1')
    writeOctal(block, OFFSET.checksum, checksum(block), 6)
    return block
  }
}

/** Writes an ASCII string's bytes; returns their sum, for the checksum. */
function writeAscii(target: Buffer, offset: number, text: string): number {
  let sum = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    target[offset + i] = code
    sum += code
  }
  return sum
}

/**
 * The ustar name and prefix for an ASCII path, moving leading directories
 * into the prefix one at a time until the rest fits; undefined when the path
 * is not ASCII or no split fits (it then needs a pax header).
 */
function ustarName(path: string): { name: string; prefix: string } | undefined {
  if (!ASCII.test(path)) return undefined
  let name = path
  let prefix = ''
  while (name.length > NAME_BYTES) {
    const slash = name.indexOf('/')
    if (slash === -1) return undefined
    prefix = prefix === '' ? name.slice(0, slash) : `${prefix}/${name.slice(0, slash)}`
    name = name.slice(slash + 1)
  }
  return prefix.length > PREFIX_BYTES ? undefined : { name, prefix }
}

/** `LENGTH key=value\n`, where LENGTH counts the whole record including its own digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  const bodyBytes = Buffer.byteLength(body)
  let length = bodyBytes + String(bodyBytes).length
  if (String(length).length !== String(bodyBytes).length) length = bodyBytes + String(length).length
  return `${length}${body}`
}

/** Zero-padded octal digits followed by a space, as tar-stream and GNU tar write them. */
function writeOctal(block: Buffer, offset: number, value: number, digits: number): void {
  const text = value.toString(8)
  block.write(text.length > digits ? '7'.repeat(digits) : text.padStart(digits, '0'), offset, 'latin1')
  block[offset + digits] = 0x20
}

function writeSize(block: Buffer, size: number): void {
  if (size <= MAX_OCTAL_SIZE) {
    writeOctal(block, OFFSET.size, size, 11)
    return
  }
  block[OFFSET.size] = 0x80
  let rest = size
  for (let i = 11; i > 0; i--) {
    block[OFFSET.size + i] = rest % 256
    rest = Math.floor(rest / 256)
  }
}

/** Sum of the header's bytes with the checksum field counted as spaces. */
function checksum(block: Buffer): number {
  let sum = 8 * 0x20
  for (let i = 0; i < OFFSET.checksum; i++) sum += block[i]!
  for (let i = OFFSET.type; i < TAR_BLOCK; i++) sum += block[i]!
  return sum
}
