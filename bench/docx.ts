// Time to sanitize and extract a ~1 MB DOCX, ODT and PDF through processUpload and the pool of
// long-lived document workers (apps/api/src/files/document-pool.ts), as the upload route calls it,
// and 50 uploads at once: every one answered, and the pool's peak resident memory.
//
// The DOCX is built from ../shared/fixtures/essays/essay-01.docx (its document properties,
// comment and tracked change included) with essay-02 and essay-03 appended as more paragraphs
// and a phone-sized photo (photo-01.jpg enlarged to 2560×1920 with film grain, its EXIF kept)
// placed in the text, the photo's JPEG quality chosen so the file is about 1 MiB. The ODT is
// essay-02.odt (Writer: comment, tracked change, metadata) with the same photo in its text; the
// PDF is essays 01–03 set in Noto Serif by pdfkit with the same photo on the first page.
//
// Run alone: node --import tsx bench/docx.ts   (BENCH_DOCX_RUNS, default 10; BENCH_UPLOADS_CONCURRENT, default 50)
import { countWords } from '@guong-sang/text';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import sharp from '../apps/api/node_modules/sharp/dist/index.mjs';
import { DocumentPool } from '../apps/api/src/files/document-pool.ts';
import { runDocumentTask } from '../apps/api/src/files/document-task.ts';
import type { DocumentKind } from '../apps/api/src/files/kinds.ts';
import { processUpload } from '../apps/api/src/files/process-upload.ts';
import { openGuardedZip } from '../apps/api/src/files/zip-guard.ts';
import { writeZip } from '../apps/api/src/files/zip-write.ts';
import { newPdf, pdfBytes } from '../apps/api/src/publishing/documents/pdf-document.ts';
import { FIXTURES } from './essay.ts';
import { percentile } from './load.ts';
import { formatTargets, type BenchTarget } from './summary.ts';

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
  /** The photo placed in the text (also put into the ODT and PDF). */
  photo: Buffer;
  photoBytes: number;
  photoQuality: number;
  parts: number;
  words: number;
}

/** Every part of a fixture's package, read through the API's own zip guard. */
async function zipParts(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await openGuardedZip(bytes);
  try {
    return await zip.readFiles();
  } finally {
    zip.close();
  }
}

/** essay-01.docx + two more essays' paragraphs + a ~1 MB photo, about TARGET_BYTES in all. */
export async function buildLargeDocx(): Promise<BuiltDocx> {
  const files = await zipParts(fixture('essays/essay-01.docx'));
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
    return { bytes, photo, photoBytes: photo.length, photoQuality: quality, parts: withPhoto.size, words };
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

/** essay-02.odt with the photo as a centred frame after the title, as Writer writes a picture. */
export async function buildLargeOdt(photo: Buffer): Promise<Buffer> {
  const files = await zipParts(fixture('essays/essay-02.odt'));
  const content = (files.get('content.xml') ?? Buffer.alloc(0)).toString('utf8');
  const titleEnd = content.indexOf('</text:h>') + '</text:h>'.length;
  if (titleEnd < 9) throw new Error('unexpected content.xml in essay-02.odt');
  const frame = '<text:p text:style-name="Standard"><draw:frame draw:name="Ảnh 1" text:anchor-type="as-char" svg:width="16cm" svg:height="12cm">'
    + '<draw:image xlink:href="Pictures/image1.jpg" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>';
  files.set('content.xml', Buffer.from(content.slice(0, titleEnd) + frame + content.slice(titleEnd)));
  const manifest = (files.get('META-INF/manifest.xml') ?? Buffer.alloc(0)).toString('utf8').replace('</manifest:manifest>',
    ' <manifest:file-entry manifest:full-path="Pictures/image1.jpg" manifest:media-type="image/jpeg"/>\n</manifest:manifest>');
  files.set('META-INF/manifest.xml', Buffer.from(manifest));
  files.set('Pictures/image1.jpg', photo);
  // mimetype first and stored, as ODF requires.
  const ordered = [...files].sort(([a], [b]) => Number(b === 'mimetype') - Number(a === 'mimetype'));
  return writeZip(ordered.map(([name, data]) => ({ name, data })));
}

/** Essays 01–03 set in Noto Serif with the photo on the first page, as a word processor exports a PDF. */
export async function buildLargePdf(photo: Buffer): Promise<Buffer> {
  const doc = newPdf({ title: 'Người giữ lửa', date: new Date('2026-11-20T03:00:00Z'), size: 'A4', margins: { top: 56, bottom: 56, left: 64, right: 64 } });
  doc.addPage();
  doc.font('bold').fontSize(16).text('Người giữ lửa');
  doc.image(photo, { fit: [467, 350], align: 'center' });
  doc.moveDown();
  for (const name of ['essay-01.txt', 'essay-02.txt', 'essay-03.txt']) {
    for (const paragraph of fixture(`essays/${name}`).toString('utf8').normalize('NFC').split(/\n\s*\n/)) {
      const text = paragraph.replace(/\s+/g, ' ').trim();
      if (text !== '') doc.font('regular').fontSize(12).text(text, { align: 'justify', paragraphGap: 6 });
    }
  }
  return pdfBytes(doc);
}

export interface Timing {
  runs: number;
  minMs: number;
  medianMs: number;
  maxMs: number;
  /**
   * CPU time per run, this process and the pool's workers together: on a shared machine the wall
   * clock counts the time others held the cores, this does not (much).
   */
  cpuMs: number;
}

/** CPU time (user + system) of a process in ms from /proc (Linux; 0 elsewhere or once it is gone). */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

async function time(runs: number, task: () => Promise<unknown>, documents?: DocumentPool): Promise<Timing> {
  await task(); // warm-up: a worker started, its modules loaded and JIT-compiled
  const cpu = () => {
    const own = process.cpuUsage();
    const workers = documents?.stats().workers.reduce((sum, worker) => sum + (worker.pid === undefined ? 0 : processCpuMs(worker.pid)), 0) ?? 0;
    return (own.user + own.system) / 1000 + workers;
  };
  const samples: number[] = [];
  const cpuBefore = cpu();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  const cpuMs = (cpu() - cpuBefore) / runs;
  samples.sort((a, b) => a - b);
  return { runs, minMs: samples[0] ?? Number.NaN, medianMs: percentile(samples, 50), maxMs: samples.at(-1) ?? Number.NaN, cpuMs };
}

export interface ConcurrentUploads {
  uploads: number;
  answered: number;
  refused: number;
  wallMs: number;
  /** Workers started in the whole benchmark (the pool's size when none was killed or recycled). */
  workersStarted: number;
  /** Resident memory of all workers together, sampled every 20 ms. */
  peakPoolRssMb: number;
  /** Of this (the API's) process, which holds the 50 uploads' bytes while they wait. */
  peakMainRssMb: number;
  workers: number;
  queue: number;
}

export interface UploadResult {
  input: { bytes: number; parts: number; photoBytes: number; photoQuality: number; photoSize: string; words: number; odtBytes: number; pdfBytes: number };
  output: { sanitizedBytes: number; extractedWords: number; extractedHtmlBytes: number };
  pool: { workers: number; queue: number };
  /** processUpload as the route calls it: sniff, zip guard, a pool worker (sanitize + extract). */
  docx: Timing;
  odt: Timing;
  pdf: Timing;
  /** The worker's work alone (sanitizeDocx + mammoth + HTML allow-list), in this process. */
  inProcess: Timing;
  /** processUpload of the 7 KB essay-01.docx: the fixed cost per upload (was ~530 ms with a fresh child each). */
  smallDocx: Timing & { bytes: number };
  concurrent: ConcurrentUploads;
}

/** 50 (or `uploads`) of the same file at once through one pool, sampling every worker's memory. */
async function concurrentUploads(documents: DocumentPool, options: { workers: number; queue: number }, uploads: number, upload: (uploaderId: string) => Promise<unknown>): Promise<ConcurrentUploads> {
  let peakPoolRssMb = 0;
  let peakMainRssMb = 0;
  const sample = () => {
    const pool = documents.stats().workers.reduce((sum, worker) => sum + (worker.rssMb ?? 0), 0);
    peakPoolRssMb = Math.max(peakPoolRssMb, pool);
    peakMainRssMb = Math.max(peakMainRssMb, process.memoryUsage().rss / 1024 / 1024);
  };
  const sampler = setInterval(sample, 20);
  const started = performance.now();
  const outcomes = await Promise.allSettled(Array.from({ length: uploads }, (_, i) => upload(`entrant-${i + 1}`)));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  sample();
  const answered = outcomes.filter((o) => o.status === 'fulfilled').length;
  return { uploads, answered, refused: uploads - answered, wallMs, workersStarted: documents.stats().started, peakPoolRssMb, peakMainRssMb, ...options };
}

export async function runUploadBench(
  runs = Number(process.env.BENCH_DOCX_RUNS ?? 10),
  log: (line: string) => void = console.log,
  concurrent = Number(process.env.BENCH_UPLOADS_CONCURRENT ?? 50),
): Promise<UploadResult> {
  const docx = await buildLargeDocx();
  const odt = await buildLargeOdt(docx.photo);
  const pdf = await buildLargePdf(docx.photo);
  log(`uploads: built DOCX ${(docx.bytes.length / 1024).toFixed(0)} KB (${docx.parts} parts, photo ${PHOTO.width}×${PHOTO.height} `
    + `q${docx.photoQuality} ${(docx.photoBytes / 1024).toFixed(0)} KB, ${docx.words} words), ODT ${(odt.length / 1024).toFixed(0)} KB, PDF ${(pdf.length / 1024).toFixed(0)} KB`);
  // The app's defaults (config.ts): a worker per core, 64 uploads waiting at most.
  const options = { workers: availableParallelism(), queue: 64 };
  const documents = new DocumentPool(options);
  try {
    // One entrant at a time for the timed runs; 50 different entrants at once for the rush (one person may only have 3 waiting).
    const upload = (bytes: Buffer, kind: DocumentKind) => (uploaderId = 'entrant-0') =>
      processUpload({ bytes, allowedKinds: [kind], maxBytes: 10 * 1024 * 1024, fileName: `x.${kind}`, uploaderId }, documents);

    const first = await upload(docx.bytes, 'docx')();
    if (first.kind !== 'docx' || !first.extracted) throw new Error(`processUpload answered ${first.kind} without extracted text`);
    const sanitizedZip = await openGuardedZip(first.sanitized);
    const pictureKept = sanitizedZip.has(PHOTO_PART);
    sanitizedZip.close();
    log(`uploads: sanitized DOCX ${(first.sanitized.length / 1024).toFixed(0)} KB (photo ${pictureKept ? 're-encoded, kept' : 'not kept'}), `
      + `${first.extracted.wordCount} words extracted`);

    const timed: Record<DocumentKind, Timing> = { docx: undefined!, odt: undefined!, pdf: undefined! };
    for (const [kind, bytes] of [['docx', docx.bytes], ['odt', odt], ['pdf', pdf]] as const) {
      timed[kind] = await time(runs, upload(bytes, kind), documents);
      log(`uploads: ${kind.toUpperCase()} through the pool ×${runs}: median ${timed[kind].medianMs.toFixed(0)} ms`);
    }
    const inProcess = await time(runs, () => runDocumentTask({ kind: 'docx', bytes: docx.bytes, extract: true }));
    log(`uploads: the DOCX's work in this process ×${runs}: median ${inProcess.medianMs.toFixed(0)} ms`);
    const small = fixture('essays/essay-01.docx');
    const smallRuns = Math.max(3, Math.ceil(runs / 2));
    const smallDocx = await time(smallRuns, upload(small, 'docx'), documents);
    log(`uploads: essay-01.docx (${(small.length / 1024).toFixed(0)} KB) ×${smallRuns}: median ${smallDocx.medianMs.toFixed(0)} ms`);

    const together = await concurrentUploads(documents, options, concurrent, upload(docx.bytes, 'docx'));
    log(`uploads: ${concurrent} DOCX at once: ${together.answered} answered in ${(together.wallMs / 1000).toFixed(1)} s, `
      + `pool peak ${together.peakPoolRssMb.toFixed(0)} MB (${options.workers} workers), this process ${together.peakMainRssMb.toFixed(0)} MB`);

    return {
      input: {
        bytes: docx.bytes.length,
        parts: docx.parts,
        photoBytes: docx.photoBytes,
        photoQuality: docx.photoQuality,
        photoSize: `${PHOTO.width}×${PHOTO.height}`,
        words: docx.words,
        odtBytes: odt.length,
        pdfBytes: pdf.length,
      },
      output: {
        sanitizedBytes: first.sanitized.length,
        extractedWords: first.extracted.wordCount,
        extractedHtmlBytes: Buffer.byteLength(first.extracted.html),
      },
      pool: options,
      docx: timed.docx,
      odt: timed.odt,
      pdf: timed.pdf,
      inProcess,
      smallDocx: { ...smallDocx, bytes: small.length },
      concurrent: together,
    };
  } finally {
    await documents.close();
  }
}

const MEDIAN_TARGET_MS = 100;
/** Per worker, at the peak of 50 uploads: what a worker holds with one ~1 MB document open, well under its 600 MB kill mark. */
const WORKER_PEAK_TARGET_MB = 250;

/** The upload rows of the bench summary table (issue 13). */
export function uploadTargets(result: UploadResult): BenchTarget[] {
  const median = (name: string, t: Timing, baseline?: Timing): BenchTarget => ({
    name: `Uploads: ${name} sanitized + extracted (median of ${t.runs})`,
    figure: `${t.medianMs.toFixed(0)} ms (CPU ${t.cpuMs.toFixed(0)} ms)`,
    target: `< ${MEDIAN_TARGET_MS} ms`,
    pass: t.medianMs < MEDIAN_TARGET_MS,
    ...(baseline ? { baseline: `same work in this process, no worker: ${baseline.medianMs.toFixed(0)} ms` } : {}),
  });
  const { concurrent } = result;
  const memoryTarget = WORKER_PEAK_TARGET_MB * concurrent.workers;
  return [
    median(`${(result.input.bytes / 1024).toFixed(0)} KB DOCX`, result.docx, result.inProcess),
    median(`${(result.input.odtBytes / 1024).toFixed(0)} KB ODT`, result.odt),
    median(`${(result.input.pdfBytes / 1024).toFixed(0)} KB PDF`, result.pdf),
    {
      name: `Uploads: ${concurrent.uploads} × 1 MB DOCX at once, peak RSS of the pool (${concurrent.workers} workers)`,
      figure: `${concurrent.peakPoolRssMb.toFixed(0)} MB, ${concurrent.answered}/${concurrent.uploads} answered in ${(concurrent.wallMs / 1000).toFixed(1)} s`,
      target: `≤ ${memoryTarget} MB (${WORKER_PEAK_TARGET_MB} MB a worker), all answered`,
      pass: concurrent.peakPoolRssMb <= memoryTarget && concurrent.answered === concurrent.uploads,
    },
  ];
}

export function formatUploadResult(result: UploadResult): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const row = (name: string, t: Timing) =>
    `| ${name} | ${t.runs} | ${t.minMs.toFixed(0)} | ${t.medianMs.toFixed(0)} | ${t.maxMs.toFixed(0)} | ${t.cpuMs.toFixed(0)} |`;
  const { input, output, concurrent } = result;
  return [
    `input: ${kb(input.bytes)} DOCX (${input.bytes} bytes, ${input.parts} parts: essay-01.docx + essay-02/03 paragraphs, `
      + `${input.words} words, one ${input.photoSize} JPEG of ${kb(input.photoBytes)} with EXIF); `
      + `${kb(input.odtBytes)} ODT (essay-02.odt + the photo); ${kb(input.pdfBytes)} PDF (essays 01–03 + the photo)`,
    `output: sanitized DOCX ${kb(output.sanitizedBytes)}, ${output.extractedWords} words extracted (${kb(output.extractedHtmlBytes)} of HTML)`,
    `pool: ${result.pool.workers} long-lived workers, at most ${result.pool.queue} uploads waiting`,
    '',
    '| what | runs | min ms | median ms | max ms | CPU ms per run (this process + workers) |',
    '|---|---:|---:|---:|---:|---:|',
    row('processUpload, ~1 MB DOCX (sniff + zip guard + pool worker: sanitize + extract)', result.docx),
    row('processUpload, ~1 MB ODT', result.odt),
    row('processUpload, ~1 MB PDF', result.pdf),
    row('same DOCX sanitize + extract in-process (runDocumentTask, no worker)', result.inProcess),
    row(`processUpload, essay-01.docx (${kb(result.smallDocx.bytes)}): fixed cost per upload`, result.smallDocx),
    '',
    `${concurrent.uploads} × the 1 MB DOCX at once: ${concurrent.answered} answered, ${concurrent.refused} refused, `
      + `in ${(concurrent.wallMs / 1000).toFixed(1)} s; ${concurrent.workersStarted} workers started in the whole benchmark; peak RSS of the ${concurrent.workers} workers together `
      + `${concurrent.peakPoolRssMb.toFixed(0)} MB, of the calling process ${concurrent.peakMainRssMb.toFixed(0)} MB.`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runUploadBench();
  console.log(formatUploadResult(result));
  console.log(formatTargets(uploadTargets(result)));
}
