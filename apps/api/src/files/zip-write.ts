import { ZipFile } from 'yazl';

export interface ZipOutputEntry {
  name: string;
  data: Buffer;
  /** ODF's `mimetype` must be stored uncompressed (and first). */
  store?: boolean;
}

/** Entry times in the original reveal when (and in which time zone) it was edited; ours say nothing. */
const NEUTRAL_TIME = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

/** Writes a fresh zip: no comment, no extra fields, no timestamps of the author's. */
export async function writeZip(entries: readonly ZipOutputEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const entry of entries) {
    zip.addBuffer(entry.data, entry.name, { mtime: NEUTRAL_TIME, forceDosTimestamp: true, compress: !entry.store });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
