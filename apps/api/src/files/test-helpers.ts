// Shared by this folder's tests: fixtures, zip building/reading, and the search for identifying data.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import sharp from 'sharp';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import type { DocumentPool } from './document-pool.ts';

export function fixture(path: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../../../../shared/fixtures/${path}`, import.meta.url)));
}

/** From fixtures/README.md: names, organisations, camera, the photo caption and a comment's text. */
export const identifying = [
  'Nguyễn Thị Hồng Nhung',
  'Nhung',
  'Đỗ Quang Huy',
  'Quang Huy',
  'Đảng ủy Sở Tư pháp',
  'Sở Tư pháp',
  'Bệnh viện quận Gò Vấp',
  'Gò Vấp',
  'SM-A546E',
  'Samsung',
  'Nhớ sửa lại đoạn này',
];

/** Every way a string may sit in a file: NFC and NFD, each in UTF-8, UTF-16LE and UTF-16BE. */
export function encodedForms(text: string): Buffer[] {
  return [text.normalize('NFC'), text.normalize('NFD')].flatMap((form) => {
    const le = Buffer.from(form, 'utf16le');
    return [Buffer.from(form, 'utf8'), le, Buffer.from(le).swap16()];
  });
}

/** XML character references (&#7877;) and PDF hex strings (<FEFF004E…>) decoded, so they are searched too. */
function decodedViews(bytes: Buffer): Buffer[] {
  const latin = bytes.toString('latin1');
  const views: Buffer[] = [];
  const utf8 = bytes.toString('utf8');
  if (/&#x?[0-9a-f]+;/i.test(utf8)) {
    views.push(
      Buffer.from(
        utf8.replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, digits: string) => String.fromCodePoint(Number.parseInt(digits, hex ? 16 : 10))),
        'utf8',
      ),
    );
  }
  for (const match of latin.matchAll(/<([0-9a-fA-F\s]{4,})>/g)) {
    const hex = match[1]!.replace(/\s/g, '');
    views.push(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
  }
  return views;
}

/** The identifying strings found in the bytes, in any encoding or escape. */
export function leaksIn(bytes: Buffer, secrets: readonly string[] = identifying): string[] {
  const views = [bytes, ...decodedViews(bytes)];
  return secrets.filter((text) => encodedForms(text).some((form) => views.some((view) => view.includes(form))));
}

export async function unzipAll(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) chunks.push(chunk);
    files.set(entry.fileName, Buffer.concat(chunks));
  }
  return files;
}

export interface ZipSpecEntry {
  name: string;
  data: Buffer | string | NodeJS.ReadableStream;
  store?: boolean;
}

export async function buildZip(entries: readonly ZipSpecEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const { name, data, store } of entries) {
    if (typeof data === 'string' || Buffer.isBuffer(data)) {
      zip.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), name, { compress: !store });
    } else {
      zip.addReadStream(data, name, { compress: !store });
    }
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A copy of a zip with some parts replaced or added (and some removed). */
export async function editZip(bytes: Buffer, changes: Record<string, Buffer | string | null>): Promise<Buffer> {
  const files = await unzipAll(bytes);
  const entries: ZipSpecEntry[] = [];
  for (const [name, data] of files) {
    const change = changes[name];
    if (change === null) continue;
    entries.push({ name, data: change ?? data, store: name === 'mimetype' });
  }
  for (const [name, data] of Object.entries(changes)) {
    if (!files.has(name) && data !== null) entries.push({ name, data });
  }
  return buildZip(entries);
}

export function withTempFile<T>(bytes: Buffer, extension: string, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'gs-files-'));
  const path = join(dir, `file.${extension}`);
  writeFileSync(path, bytes);
  try {
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type ExifTags = Record<string, unknown>;

export function exiftool(bytes: Buffer, extension: string): ExifTags {
  return withTempFile(bytes, extension, (path) => {
    const run = spawnSync('/usr/bin/exiftool', ['-j', '-a', '-G1', '-ee', path], { encoding: 'utf8' });
    if (run.status !== 0 && !run.stdout) throw new Error(`exiftool failed: ${run.stderr}`);
    return (JSON.parse(run.stdout) as ExifTags[])[0] ?? {};
  });
}

const authorTags = /(Author|Creator|Artist|OwnerName|LastModifiedBy|Company|Manager|Copyright|Rights|ImageDescription|Make|Model|Comment|Producer|Keywords|Subject)$/i;

/**
 * exiftool tags that identify: any GPS tag, Artist/OwnerName/Make/Model at all, and any authoring
 * tag whose value holds one of the identifying strings.
 */
export function identifyingTags(tags: ExifTags): string[] {
  return Object.entries(tags)
    .filter(([key, value]) => {
      const name = key.split(':').pop() ?? key;
      if (/^GPS/i.test(name) || /^(Artist|OwnerName|Make|Model)$/i.test(name)) return true;
      const text = JSON.stringify(value).normalize('NFC');
      return authorTags.test(name) && identifying.some((id) => text.includes(id));
    })
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`);
}

/** qpdf's uncompressed, one-object-per-line form of a PDF, which is what grep can search. */
export function qdf(pdf: Buffer): Buffer {
  return withTempFile(pdf, 'pdf', (path) => {
    const out = `${path}.qdf`;
    const run = spawnSync('qpdf', ['--qdf', '--object-streams=disable', path, out]);
    if (run.status !== 0 && run.status !== 3) throw new Error(`qpdf failed: ${String(run.stderr)}`);
    return readFileSync(out);
  });
}

/** Words of a text for comparison: NFC, split on any whitespace. */
export function words(text: string): string[] {
  return text.normalize('NFC').split(/\s+/u).filter(Boolean);
}

/** Edits a field of every local (PK\3\4) and central (PK\1\2) header whose file name is `name`. */
export function patchHeaders(zip: Buffer, name: string, patch: (header: Buffer, central: boolean) => void): Buffer {
  const out = Buffer.from(zip);
  for (const [signature, nameOffset, central] of [[0x04034b50, 30, false], [0x02014b50, 46, true]] as const) {
    for (let i = 0; i + nameOffset < out.length; i++) {
      if (out.readUInt32LE(i) !== signature) continue;
      const nameLength = out.readUInt16LE(i + (central ? 28 : 26));
      if (out.subarray(i + nameOffset, i + nameOffset + nameLength).toString('utf8') === name) {
        patch(out.subarray(i, i + nameOffset + nameLength), central);
      }
    }
  }
  return out;
}

/** `size` bytes of one repeated byte, streamed so the test itself never holds them. */
export function repeated(size: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024, 0x41);
  let left = size;
  return new Readable({
    read() {
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n > 0 ? chunk.subarray(0, n) : null);
    },
  });
}

/** essay-01.docx with a picture the document references (a part nothing references is dropped unread). */
export async function docxWithPicture(target: string, data: Buffer): Promise<Buffer> {
  const essay = fixture('essays/essay-01.docx');
  const rels = (await unzipAll(essay)).get('word/_rels/document.xml.rels')!.toString('utf8');
  const picture = `<Relationship Id="rIdPicture" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${target}"/>`;
  return editZip(essay, { [`word/${target}`]: data, 'word/_rels/document.xml.rels': rels.replace('</Relationships>', `${picture}</Relationships>`) });
}

/** essay-02.odt with a picture in its text, as Writer places one. */
export async function odtWithPicture(path: string, data: Buffer): Promise<Buffer> {
  const essay = fixture('essays/essay-02.odt');
  const content = (await unzipAll(essay)).get('content.xml')!.toString('utf8');
  const frame = `<text:p><draw:frame draw:name="Ảnh 1"><draw:image xlink:href="${path}"/></draw:frame></text:p>`;
  return editZip(essay, { [path]: data, 'content.xml': content.replace('</office:text>', `${frame}</office:text>`) });
}

/** A DOCX whose picture (2400×2400 of noise) takes a worker a while to re-encode: long enough to kill it mid-task. */
export async function slowDocx(): Promise<Buffer> {
  const noise = await sharp(randomBytes(2400 * 2400 * 3), { raw: { width: 2400, height: 2400, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
  return docxWithPicture('media/image1.jpeg', noise);
}

/** The pid of a pool's worker once it has a task (polled: a task is handed over when its worker is ready). */
export async function busyWorker(documents: DocumentPool): Promise<number> {
  for (;;) {
    const busy = documents.stats().workers.find((worker) => worker.busy);
    if (busy?.pid !== undefined) return busy.pid;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** One entry of `rawZip`: what the central record and the local header say may differ, as an attacker makes them. */
export interface RawZipEntry {
  name: string;
  data: Buffer;
  /** The name the local header gives (the central record's otherwise). */
  localName?: string;
  /** The CRC-32 both headers give (the data's otherwise). */
  crc?: number;
  /** Point the central record at another entry's local header (by index) instead of writing one. */
  sharesLocalOf?: number;
  /** A second name in an Info-ZIP Unicode path field (0x7075) of the central record. */
  unicodePath?: string;
  /** Bytes after the deflate stream, counted in the compressed size. */
  afterStream?: Buffer;
}

function localHeader(name: Buffer, crc: number, compressed: number, size: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(compressed, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function unicodePathField(stored: Buffer, unicode: string): Buffer {
  const name = Buffer.from(unicode, 'utf8');
  const field = Buffer.alloc(9);
  field.writeUInt16LE(0x7075, 0);
  field.writeUInt16LE(5 + name.length, 2);
  field.writeUInt8(1, 4);
  field.writeUInt32LE(crc32(stored) >>> 0, 5);
  return Buffer.concat([field, name]);
}

/**
 * A deflated zip written byte by byte, for layouts no zip library writes: local headers that
 * disagree with the central directory, entries sharing data, central records past the end
 * record's count (`counted`), bytes before the first entry (`prefix`), a whole entry only the
 * local headers show (`unlisted`), bytes after the end record (`trailer`), a zip64 record and
 * locator whose end record uses placeholders or points elsewhere (`zip64`).
 */
export function rawZip(
  entries: readonly RawZipEntry[],
  options: { counted?: number; trailer?: Buffer; prefix?: Buffer; unlisted?: RawZipEntry; zip64?: 'placeholders' | 'disagreeing' } = {},
): Buffer {
  const prefix = options.prefix ?? Buffer.alloc(0);
  const locals: Buffer[] = [prefix];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  const bodies = entries.map((entry) => Buffer.concat([deflateRawSync(entry.data), entry.afterStream ?? Buffer.alloc(0)]));
  let offset = prefix.length;
  entries.forEach((entry, index) => {
    const body = bodies[index]!;
    const crc = (entry.crc ?? crc32(entry.data)) >>> 0;
    const shared = entry.sharesLocalOf;
    offsets.push(shared === undefined ? offset : offsets[shared]!);
    if (shared === undefined) {
      const header = localHeader(Buffer.from(entry.localName ?? entry.name, 'utf8'), crc, body.length, entry.data.length);
      locals.push(header, body);
      offset += header.length + body.length;
    }
    const name = Buffer.from(entry.name, 'utf8');
    const extra = entry.unicodePath === undefined ? Buffer.alloc(0) : unicodePathField(name, entry.unicodePath);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(bodies[shared ?? index]!.length, 20);
    record.writeUInt32LE(entries[shared ?? index]!.data.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(extra.length, 30);
    record.writeUInt32LE(offsets.at(-1)!, 42);
    central.push(record, name, extra);
  });
  if (options.unlisted) {
    const body = deflateRawSync(options.unlisted.data);
    const header = localHeader(Buffer.from(options.unlisted.name, 'utf8'), crc32(options.unlisted.data) >>> 0, body.length, options.unlisted.data.length);
    locals.push(header, body);
    offset += header.length + body.length;
  }
  const directory = Buffer.concat(central);
  const count = options.counted ?? entries.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const zip64: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    zip64.push(record, locator);
    if (options.zip64 === 'placeholders') {
      end.writeUInt16LE(0xffff, 8);
      end.writeUInt16LE(0xffff, 10);
      end.writeUInt32LE(0xffffffff, 12);
      end.writeUInt32LE(0xffffffff, 16);
    } else {
      // Readers that trust the end record look for a directory at the file's start.
      end.writeUInt32LE(0, 16);
    }
  }
  return Buffer.concat([...locals, directory, ...zip64, end, options.trailer ?? Buffer.alloc(0)]);
}

/**
 * A copy of a zip whose part `name` declares `size` uncompressed bytes, consistently: local header,
 * central record and data descriptor (yazl writes one after streamed parts) all say it, so only
 * inflating the part can find the lie.
 */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  let crc = 0;
  const out = patchHeaders(zip, name, (header, central) => {
    header.writeUInt32LE(size, central ? 24 : 22);
    if (central) crc = header.readUInt32LE(16);
  });
  for (let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08])); at >= 0; at = out.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]), at + 4)) {
    if (out.readUInt32LE(at + 4) === crc) out.writeUInt32LE(size, at + 12);
  }
  return out;
}

/** The text of a PDF as pdftotext lays it out: what LibreOffice showed on the page. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'gs-odt-pdf-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    const run = spawnSync('pdftotext', ['-layout', join(dir, 'page.pdf'), '-'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
