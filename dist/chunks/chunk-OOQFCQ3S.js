import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  SourceError
} from "./chunk-DYKBPGMV.js";

// src/artifact/tar-layer.ts
import { createHash as createHash2 } from "node:crypto";
import { closeSync as closeSync2, openSync as openSync2, readSync } from "node:fs";

// src/artifact/parallel-gzip.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import zlib2 from "node:zlib";

// src/artifact/crc32.ts
import zlib from "node:zlib";
var crc32 = typeof zlib.crc32 === "function" ? (data, initial = 0) => zlib.crc32(data, initial) : tableCrc32;
var table;
function tableCrc32(data, initial = 0) {
  table ??= makeTable();
  let crc = ~initial >>> 0;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 255] ^ crc >>> 8;
  return ~crc >>> 0;
}
function makeTable() {
  const result = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    result[n] = c >>> 0;
  }
  return result;
}

// src/artifact/parallel-gzip.ts
var GZIP_HEADER = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 3]);
var WINDOW_BYTES = 32 * 1024;
var IN_FLIGHT = Math.min(4, Math.max(2, availableParallelism()));
var ParallelGzipFile = class {
  #level;
  #fd;
  #hash = createHash("sha256");
  #blockBytes;
  #inFlight = [];
  /** Blocks compressed and no longer anyone's dictionary, for acquireBlock() to hand out again. */
  #free = [];
  #size = 0;
  #crc = 0;
  #inputBytes = 0;
  #previous;
  #closed = false;
  constructor(path, level, blockBytes) {
    this.#level = level;
    this.#blockBytes = blockBytes;
    this.#fd = openSync(path, "w");
    this.#output(GZIP_HEADER);
  }
  /**
   * A buffer for the next block: one whose compression is done, else a new
   * one (allocating 1 MiB per block cost more in GC than the packing itself).
   */
  acquireBlock() {
    return this.#free.pop() ?? Buffer.allocUnsafe(this.#blockBytes);
  }
  /**
   * Adds the next block of input (from acquireBlock(), not touched again by
   * the caller); waits only when every core already has a block.
   */
  async write(block, last) {
    this.#crc = crc32(block, this.#crc);
    this.#inputBytes += block.length;
    const dictionary = this.#previous?.subarray(Math.max(0, this.#previous.length - WINDOW_BYTES));
    this.#previous = block;
    const options = {
      level: this.#level,
      ...dictionary === void 0 ? {} : { dictionary },
      ...last ? {} : { finishFlush: zlib2.constants.Z_SYNC_FLUSH }
    };
    this.#inFlight.push({ input: block, output: deflateRaw(block, options) });
    while (this.#inFlight.length >= IN_FLIGHT) await this.#writeOldest();
  }
  /** Writes the blocks still in flight and the trailer; the last write() must have said last. */
  async finish() {
    while (this.#inFlight.length > 0) await this.#writeOldest();
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.#crc >>> 0, 0);
    trailer.writeUInt32LE(this.#inputBytes % 2 ** 32, 4);
    this.#output(trailer);
    this.close();
    return { digest: `sha256:${this.#hash.digest("hex")}`, size: this.#size };
  }
  /** Closes the file; blocks still compressing are dropped. */
  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const pending of this.#inFlight) pending.output.catch(() => {
    });
    this.#inFlight.length = 0;
    closeSync(this.#fd);
  }
  async #writeOldest() {
    const oldest = this.#inFlight.shift();
    this.#output(await oldest.output);
    if (oldest.input !== this.#previous && oldest.input.length === this.#blockBytes)
      this.#free.push(oldest.input);
  }
  #output(bytes) {
    this.#hash.update(bytes);
    this.#size += bytes.length;
    for (let written = 0; written < bytes.length; ) written += writeSync(this.#fd, bytes, written);
  }
};
function deflateRaw(block, options) {
  return new Promise(
    (resolve, reject) => zlib2.deflateRaw(block, options, (error, result) => error ? reject(error) : resolve(result))
  );
}

// src/artifact/tar-header.ts
var TAR_BLOCK = 512;
var TAR_END_BYTES = 2 * TAR_BLOCK;
var TYPE_FLAG = { file: 48, directory: 53, paxHeader: 120 };
var NAME_BYTES = 100;
var PREFIX_BYTES = 155;
var OFFSET = {
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
  prefix: 345
};
var MAX_OCTAL_SIZE = 8589934591;
var ASCII = /^[\x00-\x7f]*$/;
var PAX_NAME = "PaxHeader";
var TarHeaderWriter = class {
  #block = Buffer.alloc(TAR_BLOCK);
  /** Per type and mode, a block with every field but name, prefix, size and checksum, and that block's byte sum. */
  #templates = /* @__PURE__ */ new Map();
  /**
   * Writes the single ustar header of an entry at target[offset…offset+512)
   * and returns true; returns false (writing nothing) when the name needs a
   * pax header, for encode() to produce. A directory's name ends in '/'.
   */
  encodeInto(target, offset, name, type, mode, size) {
    const split = ustarName(name);
    if (split === void 0 || size > MAX_OCTAL_SIZE) return false;
    const template = this.#template(type, mode);
    template.block.copy(target, offset);
    let sum = template.sum;
    sum += writeAscii(target, offset + OFFSET.name, split.name);
    if (split.prefix !== "") sum += writeAscii(target, offset + OFFSET.prefix, split.prefix);
    sum += writeAscii(target, offset + OFFSET.size, size.toString(8).padStart(11, "0"));
    writeOctal(target, offset + OFFSET.checksum, sum, 6);
    return true;
  }
  /**
   * The header blocks of one entry: one block, or, for a name ustar cannot
   * hold, a pax header block, its records padded to whole blocks, and the
   * entry's block. A directory's name ends in '/'. The blocks may be reused
   * by the next call: copy them first.
   */
  encode(name, type, mode, size) {
    const split = ustarName(name);
    if (split !== void 0) return [this.#write(split.name, split.prefix, type, mode, size)];
    const records = Buffer.from(paxRecord("path", name), "utf8");
    const padded = Buffer.alloc(Math.ceil(records.length / TAR_BLOCK) * TAR_BLOCK);
    records.copy(padded);
    const paxBlock = Buffer.from(this.#write(PAX_NAME, "", "paxHeader", mode, records.length));
    return [paxBlock, padded, Buffer.from(this.#write(PAX_NAME, "", type, mode, size))];
  }
  #template(type, mode) {
    const key = `${type}:${mode}`;
    let template = this.#templates.get(key);
    if (template === void 0) {
      const block = Buffer.from(this.#write("", "", type, mode, 0));
      block.fill(0, OFFSET.size, OFFSET.size + 12);
      block.fill(32, OFFSET.checksum, OFFSET.checksum + 8);
      let sum = 0;
      for (const byte of block) sum += byte;
      block.fill(0, OFFSET.checksum, OFFSET.checksum + 8);
      block[OFFSET.size + 11] = 32;
      template = { block, sum: sum + 32 };
      this.#templates.set(key, template);
    }
    return template;
  }
  /** One complete block, any name (pax's own blocks, sizes past 8 GiB). */
  #write(name, prefix, type, mode, size) {
    const block = this.#block;
    block.fill(0);
    block.write(name, OFFSET.name, "latin1");
    writeOctal(block, OFFSET.mode, mode & 4095, 6);
    writeOctal(block, OFFSET.uid, 0, 6);
    writeOctal(block, OFFSET.gid, 0, 6);
    writeSize(block, size);
    writeOctal(block, OFFSET.mtime, 0, 11);
    block[OFFSET.type] = TYPE_FLAG[type];
    block.write("ustar\x0000", OFFSET.magic, "latin1");
    writeOctal(block, OFFSET.devmajor, 0, 6);
    writeOctal(block, OFFSET.devminor, 0, 6);
    if (prefix !== "") block.write(prefix, OFFSET.prefix, "latin1");
    writeOctal(block, OFFSET.checksum, checksum(block), 6);
    return block;
  }
};
function writeAscii(target, offset, text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    target[offset + i] = code;
    sum += code;
  }
  return sum;
}
function ustarName(path) {
  if (!ASCII.test(path)) return void 0;
  let name = path;
  let prefix = "";
  while (name.length > NAME_BYTES) {
    const slash = name.indexOf("/");
    if (slash === -1) return void 0;
    prefix = prefix === "" ? name.slice(0, slash) : `${prefix}/${name.slice(0, slash)}`;
    name = name.slice(slash + 1);
  }
  return prefix.length > PREFIX_BYTES ? void 0 : { name, prefix };
}
function paxRecord(key, value) {
  const body = ` ${key}=${value}
`;
  const bodyBytes = Buffer.byteLength(body);
  let length = bodyBytes + String(bodyBytes).length;
  if (String(length).length !== String(bodyBytes).length) length = bodyBytes + String(length).length;
  return `${length}${body}`;
}
function writeOctal(block, offset, value, digits) {
  const text = value.toString(8);
  block.write(text.length > digits ? "7".repeat(digits) : text.padStart(digits, "0"), offset, "latin1");
  block[offset + digits] = 32;
}
function writeSize(block, size) {
  if (size <= MAX_OCTAL_SIZE) {
    writeOctal(block, OFFSET.size, size, 11);
    return;
  }
  block[OFFSET.size] = 128;
  let rest = size;
  for (let i = 11; i > 0; i--) {
    block[OFFSET.size + i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
}
function checksum(block) {
  let sum = 8 * 32;
  for (let i = 0; i < OFFSET.checksum; i++) sum += block[i];
  for (let i = OFFSET.type; i < TAR_BLOCK; i++) sum += block[i];
  return sum;
}

// src/artifact/tar-layer.ts
var GZIP_LEVEL = 6;
var GZIP_BLOCK_BYTES = 1 << 20;
async function packLayer(tree, outFile) {
  const gzip = new ParallelGzipFile(outFile, GZIP_LEVEL, GZIP_BLOCK_BYTES);
  try {
    const tar = new TarStreamer(gzip);
    await tar.addAll(tree.entries);
    const tarDigest = await tar.finish();
    const compressed = await gzip.finish();
    return {
      path: outFile,
      ...compressed,
      diffId: tarDigest.digest,
      uncompressedSize: tarDigest.size,
      fileCount: tree.fileCount
    };
  } finally {
    gzip.close();
  }
}
var TarStreamer = class {
  #gzip;
  #hash = createHash2("sha256");
  #headers = new TarHeaderWriter();
  #block;
  #used = 0;
  #size = 0;
  constructor(gzip) {
    this.#gzip = gzip;
    this.#block = gzip.acquireBlock();
  }
  async addAll(entries) {
    for (const entry of entries) {
      if (entry.kind === "dir") {
        await this.#headerOf(`${entry.path}/`, "directory", 493, 0);
        continue;
      }
      await this.#headerOf(entry.path, "file", entry.executable ? 493 : 420, entry.size);
      await this.#content(entry);
    }
  }
  /** The end-of-archive blocks and the last block; the tar's digest and size. */
  async finish() {
    await this.#zeros(TAR_END_BYTES);
    await this.#flush(true);
    return { digest: `sha256:${this.#hash.digest("hex")}`, size: this.#size };
  }
  async #headerOf(name, type, mode, size) {
    if (this.#used === GZIP_BLOCK_BYTES) await this.#flush(false);
    if (this.#headers.encodeInto(this.#block, this.#used, name, type, mode, size)) {
      this.#used += TAR_BLOCK;
      return;
    }
    for (const bytes of this.#headers.encode(name, type, mode, size)) {
      for (let offset = 0; offset < bytes.length; ) {
        if (this.#used === GZIP_BLOCK_BYTES) await this.#flush(false);
        const copied = bytes.copy(this.#block, this.#used, offset);
        this.#used += copied;
        offset += copied;
      }
    }
  }
  /** Reads the file into the block; a size other than collect's means it changed under us. */
  async #content(entry) {
    let fd;
    try {
      fd = openSync2(entry.absPath, "r");
    } catch (cause) {
      throw changedWhilePacking(entry.path, cause);
    }
    try {
      let left = entry.size;
      let endSeen = false;
      while (left > 0) {
        if (this.#used === GZIP_BLOCK_BYTES) await this.#flush(false);
        const asked = Math.min(left + 1, GZIP_BLOCK_BYTES - this.#used);
        const read = readSync(fd, this.#block, this.#used, asked, null);
        if (read === 0)
          throw changedWhilePacking(entry.path, new Error(`${left} bytes fewer than when it was collected`));
        if (read > left) throw changedWhilePacking(entry.path, new Error("it grew after it was collected"));
        endSeen = read < asked;
        this.#used += read;
        left -= read;
      }
      if (!endSeen && readSync(fd, PROBE, 0, 1, null) !== 0)
        throw changedWhilePacking(entry.path, new Error("it grew after it was collected"));
    } catch (error) {
      throw error instanceof SourceError ? error : changedWhilePacking(entry.path, error);
    } finally {
      closeSync2(fd);
    }
    await this.#zeros((TAR_BLOCK - entry.size % TAR_BLOCK) % TAR_BLOCK);
  }
  async #zeros(count) {
    while (count > 0) {
      if (this.#used === GZIP_BLOCK_BYTES) await this.#flush(false);
      const n = Math.min(count, GZIP_BLOCK_BYTES - this.#used);
      this.#block.fill(0, this.#used, this.#used + n);
      this.#used += n;
      count -= n;
    }
  }
  async #flush(last) {
    const bytes = this.#used === GZIP_BLOCK_BYTES ? this.#block : this.#block.subarray(0, this.#used);
    this.#hash.update(bytes);
    this.#size += bytes.length;
    await this.#gzip.write(bytes, last);
    this.#block = this.#gzip.acquireBlock();
    this.#used = 0;
  }
};
var PROBE = Buffer.alloc(1);
function changedWhilePacking(path, cause) {
  return new SourceError(`could not pack ${path}: the file changed or could not be read while packing`, {
    cause
  });
}

export {
  packLayer
};
//# sourceMappingURL=chunk-OOQFCQ3S.js.map
