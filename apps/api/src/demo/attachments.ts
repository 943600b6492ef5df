import {
  createAttachment, getContestBySlug, getUser, listAttachments, listEntriesByContest, recordFile,
  writeTransaction, type Db, type Entry,
} from '@guong-sang/db';
import sharp from 'sharp';
import { recordSubmission } from '../entries/submission.ts';
import { putBlob } from '../files/blob-store.ts';
import { htmlToText } from '../files/html.ts';
import type { DocumentPool } from '../files/document-pool.ts';
import { processUpload, type ProcessedUpload } from '../files/process-upload.ts';
import { writeZip } from '../files/zip-write.ts';
import { DEMO_CONTEST_SLUG } from './contests.ts';
import { createRng } from './prng.ts';

/** How many submitted demo entries get files: enough to see every kind in the interface. */
const WITH_FILES = 12;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A DOCX as Word saves it: the essay's paragraphs, and the author in its document properties,
 * as real entrants' files carry them (the sanitized copy for judges must lose it).
 */
async function essayDocx(entry: Entry, author: string): Promise<Buffer> {
  const paragraphs = htmlToText(entry.body).split(/\n+/).filter(Boolean)
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('');
  const file = (name: string, xml: string) => ({ name, data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`) });
  return writeZip([
    file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
    file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
      + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
    file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
      + `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>${escapeXml(entry.title)}</w:t></w:r></w:p>${paragraphs}</w:body></w:document>`),
    file('docProps/core.xml', '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
      + 'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>' + escapeXml(author) + '</dc:creator>'
      + `<cp:lastModifiedBy>${escapeXml(author)}</cp:lastModifiedBy></cp:coreProperties>`),
  ]);
}

/** A phone-camera-like JPEG: a soft landscape of colour bands, with the author in its EXIF. */
async function photo(seed: number, author: string): Promise<Buffer> {
  const rng = createRng(seed);
  const hue = () => rng.int(0, 359);
  const bands = Array.from({ length: 5 }, (_, i) =>
    `<rect x="0" y="${i * 160}" width="1200" height="160" fill="hsl(${hue()},45%,${40 + i * 9}%)"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">${bands}`
    + `<circle cx="${rng.int(200, 1000)}" cy="220" r="90" fill="hsl(45,90%,70%)"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 })
    .withExif({ IFD0: { Artist: author, ImageDescription: `Ảnh của ${author}`, Model: 'Demo Phone 12' } })
    .toBuffer();
}

/**
 * Gives a dozen submitted entries of a demo contest (the open one unless told) a DOCX of their
 * essay and a photo, through the same pipeline as real uploads (sanitized copies included), each
 * then re-submitted as version 2 at `now`.
 */
export async function addDemoAttachments(
  db: Db,
  filesDir: string,
  documents: DocumentPool,
  now: Date,
  options: { contestSlug?: string; count?: number; photosOnly?: boolean } = {},
): Promise<number> {
  const contest = getContestBySlug(db, options.contestSlug ?? DEMO_CONTEST_SLUG);
  if (!contest) return 0;
  const chosen = listEntriesByContest(db, contest.id, { status: 'submitted' })
    .filter((entry) => listAttachments(db, entry.id).length === 0).slice(0, options.count ?? WITH_FILES);
  for (const [index, entry] of chosen.entries()) {
    const author = getUser(db, entry.authorId)?.fullName ?? '';
    const files = [
      { name: `${entry.title}.docx`, bytes: await essayDocx(entry, author), altText: '' },
      { name: 'anh-nhan-vat.jpg', bytes: await photo(entry.id, author), altText: `Ảnh ${entry.subject}` },
    ].slice(0, index % 3 === 2 ? 1 : 2).filter((file) => !options.photosOnly || file.name.endsWith('.jpg'));
    if (files.length === 0) continue;
    const stored: { file: (typeof files)[number]; processed: ProcessedUpload; originalSha256: string; sanitizedSha256: string }[] = [];
    for (const file of files) {
      const processed = await processUpload({ bytes: file.bytes, allowedKinds: contest.allowedAttachmentKinds, maxBytes: contest.maxAttachmentBytes, uploaderId: entry.authorId }, documents);
      stored.push({
        file, processed,
        originalSha256: await putBlob(filesDir, file.bytes),
        sanitizedSha256: await putBlob(filesDir, processed.sanitized),
      });
    }
    writeTransaction(db, (tx) => {
      stored.forEach(({ file, processed, originalSha256, sanitizedSha256 }, position) => {
        recordFile(tx, { sha256: originalSha256, size: file.bytes.length, mime: processed.mime });
        recordFile(tx, { sha256: sanitizedSha256, size: processed.sanitized.length, mime: processed.mime });
        createAttachment(tx, {
          entryId: entry.id, kind: processed.category, fileKind: processed.kind, size: file.bytes.length,
          originalName: file.name, originalSha256, sanitizedSha256, mime: processed.mime,
          extractedText: processed.extracted?.text ?? null, altText: file.altText, position, createdAt: now,
        });
      });
      recordSubmission(tx, entry, contest, { now, actorId: entry.authorId, consentToPublish: entry.consentToPublish, penName: entry.penName });
    });
  }
  return chosen.length;
}
