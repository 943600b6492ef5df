import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { crc32, createDeflateRaw, deflateRaw, deflateRawSync } from 'node:zlib';

const deflateRawInPool = promisify(deflateRaw);
/** Parts larger than this are deflated on libuv's pool, not the calling thread: an organizer's 100,000-row export is a 12 MB sheet, 0.4 s of deflate. */
const DEFLATE_OFF_THREAD = 1024 * 1024;

export type ZipOutputEntry = {
  name: string;
  data: Buffer;
  /** ODF's `mimetype` must be stored uncompressed (and first). */
  store?: boolean;
} | {
  name: string;
  /**
   * The part in pieces as they are made (an export's sheet of 100,000 rows): each is deflated on
   * libuv's pool while the next is made, and the whole part is never held uncompressed.
   */
  pieces: AsyncIterable<Buffer>;
};

/** Entry times in the original reveal when (and in which time zone) it was edited; ours say nothing: 1980-01-01 00:00 in DOS format. */
const NEUTRAL_DOS_TIME = 0;
const NEUTRAL_DOS_DATE = (1 << 5) | 1;
/** Names are UTF-8 (general purpose flag bit 11). */
const UTF8_NAMES = 0x0800;
const VERSION = 20;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;

interface Written {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  data: Buffer;
  size: number;
  offset: number;
}

/** The fields a local header and its central directory record share, from "version needed" to the extra field's length (zero). */
function writeSharedFields(out: Buffer, at: number, entry: Written): void {
  out.writeUInt16LE(VERSION, at);
  out.writeUInt16LE(UTF8_NAMES, at + 2);
  out.writeUInt16LE(entry.method, at + 4);
  out.writeUInt16LE(NEUTRAL_DOS_TIME, at + 6);
  out.writeUInt16LE(NEUTRAL_DOS_DATE, at + 8);
  out.writeUInt32LE(entry.crc, at + 10);
  out.writeUInt32LE(entry.data.length, at + 14);
  out.writeUInt32LE(entry.size, at + 18);
  out.writeUInt16LE(entry.name.length, at + 22);
  out.writeUInt16LE(0, at + 24);
}

async function compressed(entry: { data: Buffer; store?: boolean }): Promise<Omit<Written, 'name' | 'offset'>> {
  const method = entry.store ? 0 : 8;
  const data = method === 0 ? entry.data
    // At the fastest level: for a 25 MB sheet a third of the time of the default for a sixth more bytes.
    : entry.data.length > DEFLATE_OFF_THREAD ? await deflateRawInPool(entry.data, { level: 1 }) : deflateRawSync(entry.data);
  return { method, crc: crc32(entry.data), data, size: entry.data.length };
}

const PIECES_WAITING_BYTES = 4 * 1024 * 1024;

/** Pieces deflated (at the fastest level, as a large part above) on libuv's pool as they come. */
async function deflatePieces(pieces: AsyncIterable<Buffer>): Promise<{ data: Buffer; crc: number; size: number }> {
  const deflater = createDeflateRaw({ level: 1, chunkSize: 256 * 1024 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  // An error while the next piece is made, with no one waiting on the stream, would otherwise be
  // thrown as an unhandled event and end the process; it is thrown here before the next write.
  deflater.on('error', () => undefined);
  let crc = 0;
  let size = 0;
  try {
    for await (const piece of pieces) {
      if (deflater.errored) throw deflater.errored;
      crc = crc32(piece, crc);
      size += piece.length;
      // A few pieces may wait, so that the next is made while they are deflated rather than after.
      if (!deflater.write(piece) && deflater.writableLength > PIECES_WAITING_BYTES) await once(deflater, 'drain');
    }
    deflater.end();
    await finished(deflater);
  } catch (error) {
    deflater.destroy();
    throw error;
  }
  return { data: Buffer.concat(out), crc, size };
}

/**
 * Writes a fresh zip: no comment, no extra fields, no timestamps of the author's, no data
 * descriptors. Built in one synchronous pass with zlib's native deflate and CRC-32: a judges'
 * copy of ~300 KB took 9 ms through yazl's streams and takes about one now (bench/RESULTS.md,
 * 2026-12-02), on the critical path of every DOCX/ODT upload.
 */
export async function writeZip(entries: readonly ZipOutputEntry[]): Promise<Buffer> {
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const part = 'pieces' in entry ? { method: 8 as const, ...await deflatePieces(entry.pieces) } : await compressed(entry);
    written.push({ name, ...part, offset });
    offset += LOCAL_HEADER + name.length + part.data.length;
  }
  const centralSize = written.reduce((sum, entry) => sum + CENTRAL_HEADER + entry.name.length, 0);
  // No zip64: an essay, its pictures or an anthology is far from 65,535 parts or 4 GiB.
  if (written.length > 0xffff || offset + centralSize > 0xffffffff) throw new Error('zip too large to write without zip64');

  const out = Buffer.alloc(offset + centralSize + END_RECORD);
  let at = 0;
  for (const entry of written) {
    out.writeUInt32LE(0x04034b50, at);
    writeSharedFields(out, at + 4, entry);
    entry.name.copy(out, at + LOCAL_HEADER);
    entry.data.copy(out, at + LOCAL_HEADER + entry.name.length);
    at += LOCAL_HEADER + entry.name.length + entry.data.length;
  }
  for (const entry of written) {
    out.writeUInt32LE(0x02014b50, at);
    out.writeUInt16LE(VERSION, at + 4); // made by
    writeSharedFields(out, at + 6, entry);
    // Extra field, comment, disk number, internal and external attributes: all zero (already).
    out.writeUInt32LE(entry.offset, at + 42);
    entry.name.copy(out, at + CENTRAL_HEADER);
    at += CENTRAL_HEADER + entry.name.length;
  }
  out.writeUInt32LE(0x06054b50, at);
  out.writeUInt16LE(written.length, at + 8);
  out.writeUInt16LE(written.length, at + 10);
  out.writeUInt32LE(centralSize, at + 12);
  out.writeUInt32LE(offset, at + 16);
  return out;
}
