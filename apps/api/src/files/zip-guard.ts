import { crc32, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { FileRejectedError } from './errors.ts';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the uncompressed sizes, declared and actual. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio allowed for an entry bigger than `ratioAppliesAbove`. */
  maxRatio: number;
  ratioAppliesAbove: number;
}

/** Generous for an essay with photos (a 20-page DOCX with images is a few MB), small for a bomb. */
export const defaultZipLimits: ZipLimits = {
  maxEntries: 2_000,
  maxTotalBytes: 60 * 1024 * 1024,
  maxRatio: 200,
  ratioAppliesAbove: 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  isDirectory: boolean;
  compressed: boolean;
  compressedSize: number;
  uncompressedSize: number;
}

/**
 * A zip whose central directory has been checked before anything was inflated. Reading an entry
 * enforces the same caps on the bytes actually produced, because declared sizes can lie.
 */
export class GuardedZip {
  private actualTotal = 0;

  constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly raw: ReadonlyMap<string, yauzl.Entry>,
    readonly entries: readonly ZipEntryInfo[],
    private readonly limits: ZipLimits,
  ) {}

  has(name: string): boolean {
    return this.raw.has(name);
  }

  /**
   * One entry, inflated in one call rather than as a stream: 4 ms instead of 16 for a 1 MB photo
   * (bench/RESULTS.md, 2026-12-02). zlib stops at one byte past the declared size, so a lying
   * header costs no more memory than an honest one, and sizes are bounded by the limits anyway.
   */
  async read(name: string): Promise<Buffer> {
    const entry = this.raw.get(name);
    if (!entry) throw new FileRejectedError('file_damaged', `missing zip entry ${name}`);
    const declared = entry.uncompressedSize;
    const stored = await this.storedBytes(entry, name);
    let data: Buffer;
    try {
      if (entry.compressionMethod === 0) data = stored;
      else {
        const inflated = inflateRawSync(stored, { maxOutputLength: declared + 1, info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
        // Bytes after the end of the deflate stream are where a streaming reader would find another part.
        if (inflated.engine.bytesWritten !== stored.length) throw new FileRejectedError('file_damaged', `${name} has bytes after its data`);
        data = inflated.buffer;
      }
    } catch (error) {
      if (error instanceof FileRejectedError) throw error;
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new FileRejectedError('archive_too_large', `${name} inflates past its declared ${declared} bytes`);
      }
      throw new FileRejectedError('file_damaged', `cannot inflate ${name}: ${String(error)}`);
    }
    if (data.length > declared) throw new FileRejectedError('archive_too_large', `${name} inflates past its declared ${declared} bytes`);
    this.actualTotal += data.length;
    if (this.actualTotal > this.limits.maxTotalBytes) throw new FileRejectedError('archive_too_large', 'inflated total over the cap');
    if (data.length !== declared) throw new FileRejectedError('file_damaged', `${name} is shorter than declared`);
    if (crc32(data) !== entry.crc32) throw new FileRejectedError('file_damaged', `${name} fails its CRC-32`);
    return data;
  }

  /** The entry's bytes as they are in the zip (compressed or not). */
  private async storedBytes(entry: yauzl.Entry, name: string): Promise<Buffer> {
    try {
      const stream = await this.zip.openReadStreamPromise(entry, entry.compressionMethod === 0 ? {} : { decompress: false });
      const chunks: Buffer[] = [];
      for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
      return Buffer.concat(chunks);
    } catch (error) {
      throw new FileRejectedError('file_damaged', `cannot open ${name}: ${String(error)}`);
    }
  }

  /** Every file entry (directories skipped), inflated under the caps, in central-directory order. */
  async readFiles(): Promise<Map<string, Buffer>> {
    const files = new Map<string, Buffer>();
    for (const entry of this.entries) {
      if (!entry.isDirectory) files.set(entry.name, await this.read(entry.name));
    }
    return files;
  }

  close(): void {
    this.zip.close();
  }
}

function unsafePath(name: string): boolean {
  return (
    name.length === 0 ||
    name.includes('\\') ||
    // eslint-disable-next-line no-control-regex -- no part name of a document has a control character
    /[\u0000-\u001F\u007F]/.test(name) ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    // `a/./b` and `a//b` are `a/b` to some readers: one part, two names.
    name.split('/').some((segment, i, all) => segment === '..' || segment === '.' || (segment === '' && i < all.length - 1))
  );
}

const LOCAL_HEADER = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
/** General purpose flag bit 3: CRC and sizes follow the data (a data descriptor), zero in the local header. */
const DATA_DESCRIPTOR = 0x0008;
const UTF8_NAME = 0x0800;
/** Info-ZIP's Unicode path: a second name some readers use instead of the stored one. */
const UNICODE_PATH = 0x7075;

/** The ids of the blocks of an extra field. */
function extraIds(extra: Buffer): number[] {
  const ids: number[] = [];
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) ids.push(extra.readUInt16LE(at));
  return ids;
}

/**
 * Every zip reader must see the same files we checked. Readers differ: some follow the central
 * directory, some walk the local headers from the start, some use zip64's record only when the end
 * record says so, some take Info-ZIP's Unicode path over the stored name. So only a plainly laid
 * out zip is accepted, in which all of them agree:
 * - the end record at the very end; a zip64 record only right before its locator, agreeing with
 *   every end record field that is not a zip64 placeholder;
 * - the central directory exactly its counted records, ending where those records end;
 * - each local header naming the same part (same bytes, no Unicode path, a non-ASCII name only
 *   with the UTF-8 flag) with the same method, flags, CRC and sizes as its central record;
 * - the entries filling the file from byte 0 to the central directory, one after another, each a
 *   local header, its data and, if flagged, a data descriptor that agrees with the central record
 *   (and `read` checks the deflate stream ends exactly at the data's end).
 */
function assertOneReading(bytes: Buffer, central: readonly yauzl.Entry[]): void {
  const refuse = (why: string) => new FileRejectedError('file_damaged', `zip layout: ${why}`);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff) && end < 0; at--) {
    if (bytes.readUInt32LE(at) === END_RECORD && at + 22 + bytes.readUInt16LE(at + 20) === bytes.length) end = at;
  }
  if (end < 0) throw refuse('the end record is not at the end of the file');
  let directoryEnd = end;
  let directorySize = bytes.readUInt32LE(end + 12);
  let directoryStart = bytes.readUInt32LE(end + 16);
  if (end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const record = Number(bytes.readBigUInt64LE(end - 12));
    if (record + 56 !== end - 20 || bytes.readUInt32LE(record) !== ZIP64_END_RECORD) throw refuse('a zip64 record not right before its locator');
    const count = Number(bytes.readBigUInt64LE(record + 32));
    directoryEnd = record;
    directorySize = Number(bytes.readBigUInt64LE(record + 40));
    directoryStart = Number(bytes.readBigUInt64LE(record + 48));
    const agrees = (field: number, placeholder: number, value: number) => field === placeholder || field === value;
    if (
      !agrees(bytes.readUInt16LE(end + 10), 0xffff, count)
      || !agrees(bytes.readUInt32LE(end + 12), 0xffffffff, directorySize)
      || !agrees(bytes.readUInt32LE(end + 16), 0xffffffff, directoryStart)
    ) {
      throw refuse('the end record and the zip64 record point at different directories');
    }
  }
  const recorded = central.reduce((sum, entry) => sum + 46 + entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength, 0);
  if (directoryStart + directorySize !== directoryEnd || recorded !== directorySize) {
    throw refuse('the central directory holds more or less than its counted records');
  }
  const spans: Array<[start: number, stop: number]> = [];
  for (const entry of central) {
    const at = entry.relativeOffsetOfLocalHeader;
    if (at + 30 > directoryStart || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw refuse(`no local header for ${entry.fileName}`);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const dataStart = at + 30 + nameLength + extraLength;
    const dataEnd = dataStart + entry.compressedSize;
    const flags = bytes.readUInt16LE(at + 6);
    const described = (flags & DATA_DESCRIPTOR) !== 0;
    const localExtra = bytes.subarray(at + 30 + nameLength, dataStart);
    const sameSizes = described ? entry.compressionMethod === 8 : (
      bytes.readUInt32LE(at + 14) === entry.crc32 && localSizesAgree(bytes, at, localExtra, entry));
    const asciiName = entry.fileNameRaw.every((byte) => byte < 0x80);
    if (
      flags !== entry.generalPurposeBitFlag
      || bytes.readUInt16LE(at + 8) !== entry.compressionMethod
      || !bytes.subarray(at + 30, at + 30 + nameLength).equals(entry.fileNameRaw)
      || !sameSizes
      || dataEnd > directoryStart
    ) {
      throw refuse(`the local header of ${entry.fileName} differs from its central record`);
    }
    if ([...extraIds(localExtra), ...entry.extraFields.map((field) => field.id)].includes(UNICODE_PATH) || (!asciiName && (flags & UTF8_NAME) === 0)) {
      throw refuse(`${entry.fileName} has a second name`);
    }
    spans.push([at, described ? dataEnd + descriptorLength(bytes, dataEnd, entry, refuse) : dataEnd]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let expected = 0;
  for (const [start, stop] of spans) {
    if (start !== expected) throw refuse(start < expected ? 'entries overlap' : 'bytes between entries');
    expected = stop;
  }
  if (expected !== directoryStart) throw refuse('bytes between the entries and the central directory');
}

/**
 * The local header's sizes are the central record's: as 32-bit fields, or as 0xFFFFFFFF with the
 * real sizes in its zip64 extra field (id 1), which a streaming reader believes.
 */
function localSizesAgree(bytes: Buffer, at: number, extra: Buffer, entry: yauzl.Entry): boolean {
  const compressed = bytes.readUInt32LE(at + 18);
  const size = bytes.readUInt32LE(at + 22);
  if (compressed !== 0xffffffff && size !== 0xffffffff) return compressed === entry.compressedSize && size === entry.uncompressedSize;
  if (compressed !== 0xffffffff || size !== 0xffffffff) return false;
  for (let block = 0; block + 4 <= extra.length; block += 4 + extra.readUInt16LE(block + 2)) {
    if (extra.readUInt16LE(block) !== 1) continue;
    return extra.readUInt16LE(block + 2) >= 16 && block + 20 <= extra.length
      && Number(extra.readBigUInt64LE(block + 4)) === entry.uncompressedSize && Number(extra.readBigUInt64LE(block + 12)) === entry.compressedSize;
  }
  return false;
}

/** The length of the data descriptor at `at`, which must repeat the central record's CRC and sizes. */
function descriptorLength(bytes: Buffer, at: number, entry: yauzl.Entry, refuse: (why: string) => Error): number {
  const signed = at + 4 <= bytes.length && bytes.readUInt32LE(at) === DESCRIPTOR ? 4 : 0;
  const fields = at + signed;
  if (fields + 12 <= bytes.length && bytes.readUInt32LE(fields) === entry.crc32) {
    if (bytes.readUInt32LE(fields + 4) === entry.compressedSize && bytes.readUInt32LE(fields + 8) === entry.uncompressedSize) return signed + 12;
    if (fields + 20 <= bytes.length && Number(bytes.readBigUInt64LE(fields + 4)) === entry.compressedSize
      && Number(bytes.readBigUInt64LE(fields + 12)) === entry.uncompressedSize) return signed + 20;
  }
  throw refuse(`the data descriptor of ${entry.fileName} differs from its central record`);
}

/** Opens a zip from memory and checks its central directory; throws FileRejectedError if unfit. */
export async function openGuardedZip(bytes: Buffer, limits: ZipLimits = defaultZipLimits): Promise<GuardedZip> {
  let zip: yauzl.ZipFile;
  try {
    // Our own checks below replace yauzl's size validation so that a lie has its own error code.
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: false, strictFileNames: true });
  } catch (error) {
    throw new FileRejectedError('file_damaged', `not a readable zip: ${String(error)}`);
  }
  try {
    // The count is in the end record: a 10,000-entry zip is refused before one entry is parsed.
    if (zip.entryCount > limits.maxEntries) {
      throw new FileRejectedError('archive_too_large', `${zip.entryCount} entries`);
    }
    const raw = new Map<string, yauzl.Entry>();
    const seen = new Set<string>();
    const entries: ZipEntryInfo[] = [];
    const central: yauzl.Entry[] = [];
    let declaredTotal = 0;
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (unsafePath(name)) throw new FileRejectedError('file_damaged', `unsafe entry path ${JSON.stringify(name)}`);
      // Two parts with one name (OPC names ignore case; some readers compose accents) would let Word
      // and us read different ones.
      const key = name.normalize('NFC').toLowerCase();
      if (seen.has(key)) throw new FileRejectedError('file_damaged', `duplicate entry ${name}`);
      seen.add(key);
      if (entry.isEncrypted()) throw new FileRejectedError('file_encrypted', `encrypted entry ${name}`);
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        throw new FileRejectedError('file_damaged', `compression method ${entry.compressionMethod} in ${name}`);
      }
      if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) {
        throw new FileRejectedError('file_damaged', `stored entry ${name} with mismatched sizes`);
      }
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.maxTotalBytes) {
        throw new FileRejectedError('archive_too_large', `declared total over ${limits.maxTotalBytes} bytes`);
      }
      if (
        entry.uncompressedSize > limits.ratioAppliesAbove &&
        entry.uncompressedSize > Math.max(entry.compressedSize, 1) * limits.maxRatio
      ) {
        throw new FileRejectedError('archive_too_large', `${name} compression ratio over ${limits.maxRatio}:1`);
      }
      raw.set(name, entry);
      central.push(entry);
      entries.push({
        name,
        isDirectory: name.endsWith('/'),
        compressed: entry.compressionMethod === 8,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
      });
    }
    assertOneReading(bytes, central);
    return new GuardedZip(zip, raw, entries, limits);
  } catch (error) {
    zip.close();
    if (error instanceof FileRejectedError) throw error;
    throw new FileRejectedError('file_damaged', `bad central directory: ${String(error)}`);
  }
}
