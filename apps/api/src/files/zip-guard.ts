import { inflateRawSync } from 'node:zlib';
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
      data = entry.compressionMethod === 0 ? stored : inflateRawSync(stored, { maxOutputLength: declared + 1 });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new FileRejectedError('archive_too_large', `${name} inflates past its declared ${declared} bytes`);
      }
      throw new FileRejectedError('file_damaged', `cannot inflate ${name}: ${String(error)}`);
    }
    if (data.length > declared) throw new FileRejectedError('archive_too_large', `${name} inflates past its declared ${declared} bytes`);
    this.actualTotal += data.length;
    if (this.actualTotal > this.limits.maxTotalBytes) throw new FileRejectedError('archive_too_large', 'inflated total over the cap');
    if (data.length !== declared) throw new FileRejectedError('file_damaged', `${name} is shorter than declared`);
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
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').includes('..')
  );
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
    let declaredTotal = 0;
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (unsafePath(name)) throw new FileRejectedError('file_damaged', `unsafe entry path ${JSON.stringify(name)}`);
      // Two parts with one name (OPC names ignore case) would let Word and us read different ones.
      const key = name.toLowerCase();
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
      entries.push({
        name,
        isDirectory: name.endsWith('/'),
        compressed: entry.compressionMethod === 8,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
      });
    }
    return new GuardedZip(zip, raw, entries, limits);
  } catch (error) {
    zip.close();
    if (error instanceof FileRejectedError) throw error;
    throw new FileRejectedError('file_damaged', `bad central directory: ${String(error)}`);
  }
}
