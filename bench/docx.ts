// Time to sanitize and extract a ~1 MB DOCX: processUpload (content sniffing, zip guard, then the
// judges' copy and the editor's text in a fresh child process), as the upload route calls it.
//
// The DOCX is built from ../shared/fixtures/essays/essay-01.docx (its document properties,
// comment and tracked change included) with essay-02 and essay-03 appended as more paragraphs
// and a phone-sized photo (photo-01.jpg enlarged to 2560×1920 with film grain, its EXIF kept)
// placed in the text, the photo's JPEG quality chosen so the file is about 1 MiB.
//
// Run alone: node --import tsx bench/docx.ts   (BENCH_DOCX_RUNS, default 10)
import { countWords } from '@guong-sang/text';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import sharp from '../apps/api/node_modules/sharp/dist/index.mjs';
import { runDocumentTask } from '../apps/api/src/files/document-task.ts';
import { processUpload } from '../apps/api/src/files/process-upload.ts';
import { openGuardedZip } from '../apps/api/src/files/zip-guard.ts';
import { writeZip } from '../apps/api/src/files/zip-write.ts';
import { FIXTURES } from './essay.ts';
import { percentile } from './load.ts';

const TARGET_BYTES = 1024 * 1024;
const PHOTO = { width: 2560, height: 1920 };
const PHOTO_PART = 'word/media/image1.jpeg';
const PHOTO_REL = 'rIdBenchPhoto1';
const fixture = (path: string) => readFileSync(new URL(path, FIXTURES));

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphXml = (text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** An inline picture as Word and LibreOffice write it: 16 × 12 cm, centred, with a caption below. */
function pictureXml(): string {
  const cx = 5_760_000;
  const cy = 4_320_000;
  const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const pic = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
  return '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing>'
    + `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>`
    + '<wp:docPr id="1" name="Ảnh 1"/>'
    + `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>`
    + `<a:graphic xmlns:a="${a}"><a:graphicData uri="${pic}"><pic:pic xmlns:pic="${pic}">`
    + '<pic:nvPicPr><pic:cNvPr id="1" name="image1.jpeg"/><pic:cNvPicPr/></pic:nvPicPr>'
    + `<pic:blipFill><a:blip r:embed="${PHOTO_REL}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`
    + `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`
    + '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
    + '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr>'
    + '<w:t>Anh Đức hướng dẫn người dân tại bộ phận một cửa của phường.</w:t></w:r></w:p>';
}

/** photo-01.jpg enlarged to a phone-sized picture, with deterministic grain so it compresses like a photo. */
async function grainyPhotoPixels(): Promise<{ data: Buffer; info: { width: number; height: number; channels: 3 } }> {
  const { data } = await sharp(fixture('essays/photo-01.jpg'))
    .resize(PHOTO.width, PHOTO.height, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let seed = 0x9e3779b9;
  for (let i = 0; i < data.length; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const grain = ((seed >>> 0) % 25) - 12;
    data[i] = Math.max(0, Math.min(255, (data[i] ?? 0) + grain));
  }
  return { data, info: { width: PHOTO.width, height: PHOTO.height, channels: 3 } };
}

async function encodePhoto(pixels: Awaited<ReturnType<typeof grainyPhotoPixels>>, quality: number, exif: Buffer): Promise<Buffer> {
  // The camera's EXIF (author, GPS, phone model) rides along, as it does from a phone.
  const jpeg = await sharp(pixels.data, { raw: pixels.info }).jpeg({ quality }).toBuffer();
  return spliceExif(jpeg, exif);
}

/** Inserts an APP1 (EXIF) segment right after the JPEG's SOI marker. */
function spliceExif(jpeg: Buffer, app1: Buffer): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

/** The APP1 EXIF segment of a JPEG, marker included. */
function exifSegment(jpeg: Buffer): Buffer {
  let offset = 2;
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1] ?? 0;
    const length = jpeg.readUInt16BE(offset + 2);
    if (marker === 0xe1 && jpeg.subarray(offset + 4, offset + 10).toString('latin1') === 'Exif\0\0') {
      return jpeg.subarray(offset, offset + 2 + length);
    }
    if (marker === 0xda) break;
    offset += 2 + length;
  }
  throw new Error('photo-01.jpg has no EXIF segment');
}

export interface BuiltDocx {
  bytes: Buffer;
  photoBytes: number;
  photoQuality: number;
  parts: number;
  words: number;
}

/** essay-01.docx + two more essays' paragraphs + a ~1 MB photo, about TARGET_BYTES in all. */
export async function buildLargeDocx(): Promise<BuiltDocx> {
  const zip = await openGuardedZip(fixture('essays/essay-01.docx'));
  let files: Map<string, Buffer>;
  try {
    files = await zip.readFiles();
  } finally {
    zip.close();
  }
  const moreParagraphs = ['essay-02.txt', 'essay-03.txt']
    .flatMap((name) => fixture(`essays/${name}`).toString('utf8').normalize('NFC').split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  const document = (files.get('word/document.xml') ?? Buffer.alloc(0)).toString('utf8');
  const firstParagraphEnd = document.indexOf('</w:p>') + '</w:p>'.length;
  const sectionStart = document.lastIndexOf('<w:sectPr');
  if (firstParagraphEnd < 6 || sectionStart < 0) throw new Error('unexpected word/document.xml in essay-01.docx');
  const newDocument = document.slice(0, firstParagraphEnd) + pictureXml() + document.slice(firstParagraphEnd, sectionStart)
    + moreParagraphs.map(paragraphXml).join('') + document.slice(sectionStart);
  const rels = (files.get('word/_rels/document.xml.rels') ?? Buffer.alloc(0)).toString('utf8').replace('</Relationships>',
    `<Relationship Id="${PHOTO_REL}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.jpeg"/></Relationships>`);
  files.set('word/document.xml', Buffer.from(newDocument));
  files.set('word/_rels/document.xml.rels', Buffer.from(rels));

  const essay01Words = countWords(fixture('essays/essay-01.txt').toString('utf8'));
  const words = essay01Words + moreParagraphs.reduce((sum, p) => sum + countWords(p), 0);
  const exif = exifSegment(fixture('essays/photo-01.jpg'));
  const pixels = await grainyPhotoPixels();
  const build = async (quality: number) => {
    const photo = await encodePhoto(pixels, quality, exif);
    const withPhoto = new Map(files).set(PHOTO_PART, photo);
    const bytes = await writeZip([...withPhoto].map(([name, data]) => ({ name, data })));
    return { bytes, photoBytes: photo.length, photoQuality: quality, parts: withPhoto.size, words };
  };
  // The largest quality that stays at or under the target (a bounded search over 30…95).
  let best = await build(30);
  for (let low = 31, high = 95; low <= high;) {
    const quality = Math.floor((low + high) / 2);
    const candidate = await build(quality);
    if (candidate.bytes.length <= TARGET_BYTES) {
      best = candidate;
      low = quality + 1;
    } else {
      high = quality - 1;
    }
  }
  return best;
}

export interface Timing { runs: number; minMs: number; medianMs: number; maxMs: number }

async function time(runs: number, task: () => Promise<unknown>): Promise<Timing> {
  await task(); // warm-up: module loading, JIT, the tsx cache of the worker
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { runs, minMs: samples[0] ?? Number.NaN, medianMs: percentile(samples, 50), maxMs: samples.at(-1) ?? Number.NaN };
}

export interface DocxResult {
  input: { bytes: number; parts: number; photoBytes: number; photoQuality: number; photoSize: string; words: number };
  output: { sanitizedBytes: number; extractedWords: number; extractedHtmlBytes: number };
  /** processUpload as the route calls it: sniff, zip guard, child process (sanitize + extract). */
  processUpload: Timing;
  /** The child's work alone (sanitizeDocx + mammoth + HTML allow-list), in this process. */
  inProcess: Timing;
  /** processUpload of the 7 KB essay-01.docx: the fixed cost of a child process per upload. */
  smallDocx: Timing & { bytes: number };
  error?: string;
}

export async function runDocxBench(runs = Number(process.env.BENCH_DOCX_RUNS ?? 10), log: (line: string) => void = console.log): Promise<DocxResult> {
  const docx = await buildLargeDocx();
  log(`docx: built ${(docx.bytes.length / 1024).toFixed(0)} KB (${docx.parts} parts, photo ${PHOTO.width}×${PHOTO.height} `
    + `q${docx.photoQuality} ${(docx.photoBytes / 1024).toFixed(0)} KB, ${docx.words} words)`);
  const upload = () => processUpload({ bytes: docx.bytes, allowedKinds: ['docx'], maxBytes: 10 * 1024 * 1024, fileName: 'x.docx' });

  const first = await upload();
  if (first.kind !== 'docx' || !first.extracted) throw new Error(`processUpload answered ${first.kind} without extracted text`);
  const sanitizedZip = await openGuardedZip(first.sanitized);
  const pictureKept = sanitizedZip.has(PHOTO_PART);
  sanitizedZip.close();
  log(`docx: sanitized copy ${(first.sanitized.length / 1024).toFixed(0)} KB (photo ${pictureKept ? 're-encoded, kept' : 'not kept'}), `
    + `${first.extracted.wordCount} words extracted`);

  const processed = await time(runs, upload);
  log(`docx: processUpload ×${runs}: median ${processed.medianMs.toFixed(0)} ms`);
  const inProcess = await time(runs, () => runDocumentTask({ kind: 'docx', bytes: docx.bytes, extract: true }));
  log(`docx: the same work in this process ×${runs}: median ${inProcess.medianMs.toFixed(0)} ms`);
  const small = fixture('essays/essay-01.docx');
  const smallRuns = Math.max(3, Math.ceil(runs / 2));
  const smallDocx = await time(smallRuns, () =>
    processUpload({ bytes: small, allowedKinds: ['docx'], maxBytes: 10 * 1024 * 1024, fileName: 'x.docx' }));
  log(`docx: processUpload of essay-01.docx (${(small.length / 1024).toFixed(0)} KB) ×${smallRuns}: median ${smallDocx.medianMs.toFixed(0)} ms`);

  return {
    input: {
      bytes: docx.bytes.length,
      parts: docx.parts,
      photoBytes: docx.photoBytes,
      photoQuality: docx.photoQuality,
      photoSize: `${PHOTO.width}×${PHOTO.height}`,
      words: docx.words,
    },
    output: {
      sanitizedBytes: first.sanitized.length,
      extractedWords: first.extracted.wordCount,
      extractedHtmlBytes: Buffer.byteLength(first.extracted.html),
    },
    processUpload: processed,
    inProcess,
    smallDocx: { ...smallDocx, bytes: small.length },
  };
}

export function formatDocxResult(result: DocxResult): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const row = (name: string, t: Timing) =>
    `| ${name} | ${t.runs} | ${t.minMs.toFixed(0)} | ${t.medianMs.toFixed(0)} | ${t.maxMs.toFixed(0)} |`;
  const { input, output } = result;
  return [
    `input: ${kb(input.bytes)} DOCX (${input.bytes} bytes, ${input.parts} parts: essay-01.docx + essay-02/03 paragraphs, `
      + `${input.words} words, one ${input.photoSize} JPEG of ${kb(input.photoBytes)} with EXIF)`,
    `output: sanitized copy ${kb(output.sanitizedBytes)}, ${output.extractedWords} words extracted (${kb(output.extractedHtmlBytes)} of HTML)`,
    '',
    '| what | runs | min ms | median ms | max ms |',
    '|---|---:|---:|---:|---:|',
    row('processUpload, ~1 MB DOCX (sniff + zip guard + child: sanitize + extract)', result.processUpload),
    row('same sanitize + extract in-process (runDocumentTask, no child)', result.inProcess),
    row(`processUpload, essay-01.docx (${kb(result.smallDocx.bytes)}): fixed cost per upload`, result.smallDocx),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatDocxResult(await runDocxBench()));
}
