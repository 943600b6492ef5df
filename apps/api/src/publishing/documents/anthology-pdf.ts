import { anthologyTexts } from '../../lib/document-texts.ts';
import { writtenDate } from './dates.ts';
import { type Block, htmlBlocks } from './html-blocks.ts';
import { newPdf, type Pdf, pdfBytes, pdfText } from './pdf-document.ts';
import { type Flow, lineHeight, measureText, plainRuns, type TextStyle, writeText } from './pdf-text.ts';
import { type PreparedPhoto, preparePhoto } from './photos.ts';
import type { Anthology } from './types.ts';

/** A5 portrait, a common Vietnamese book size that prints two-up on A4. */
const WIDTH = 419.53;
const HEIGHT = 595.28;
const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 };
const X = MARGIN.left;
const COLUMN = WIDTH - MARGIN.left - MARGIN.right;
const FLOW: Flow = { top: MARGIN.top, bottom: HEIGHT - MARGIN.bottom };
const INK = '#1a1a1a';
const GREY = '#555555';

const style = {
  body: { size: 10.5, lineGap: 2.5 },
  h2: { size: 13, bold: true, lineGap: 2 },
  h3: { size: 11.5, bold: true, lineGap: 2 },
  tier: { size: 10, italic: true, color: GREY, align: 'center' },
  title: { size: 17, bold: true, lineGap: 3, align: 'center' },
  byline: { size: 10.5, italic: true, align: 'center' },
  caption: { size: 9, italic: true, color: GREY, align: 'center' },
  small: { size: 8.5, color: GREY },
  footer: { size: 9, color: GREY, align: 'center' },
  tocHeading: { size: 16, bold: true, align: 'center' },
  tocTier: { size: 11, bold: true },
  tocTitle: { size: 10.5, lineGap: 1 },
  tocByline: { size: 9, italic: true, color: GREY },
} satisfies Record<string, TextStyle>;

interface Chapter {
  title: string;
  byline: string;
  tierName: string;
  url: string;
  blocks: Block[];
  photos: PreparedPhoto[];
}

export async function anthologyPdf(a: Anthology): Promise<Buffer> {
  const chapters: Chapter[] = await Promise.all(
    a.stories.map(async (s) => ({
      title: pdfText(s.title),
      byline: pdfText(s.byline),
      tierName: pdfText(s.tierName),
      url: s.url.trim(),
      blocks: htmlBlocks(s.bodyHtml),
      photos: await Promise.all(s.photos.map(preparePhoto)),
    })),
  );
  const label = anthologyTexts[a.language];
  const doc = newPdf({ title: pdfText(a.contestTitle), date: a.publishedAt, size: [WIDTH, HEIGHT], margins: MARGIN });

  doc.addPage();
  cover(doc, a, label.pdfKind, label.published(writtenDate[a.language](a.publishedAt)));

  // The contents come before the chapters but list their page numbers: measure the contents first,
  // leave that many pages blank, write the chapters, then fill the contents in.
  const toc = layoutToc(doc, chapters, label.contents);
  const tocFirst = doc.bufferedPageRange().count;
  for (let i = 0; i < toc.pages; i++) doc.addPage();
  const startPages: number[] = [];
  for (const [i, chapter] of chapters.entries()) {
    doc.addPage();
    startPages.push(doc.bufferedPageRange().count);
    doc.addNamedDestination(`story-${i + 1}`);
    doc.outline.addItem(chapter.title);
    writeChapter(doc, chapter, label.online);
  }
  drawToc(doc, toc, chapters, tocFirst, startPages, label.contents);

  // Printed numbers are the PDF page numbers, so "page 7" in the contents is page 7 in any viewer.
  const { count } = doc.bufferedPageRange();
  for (let page = 1; page < count; page++) {
    doc.switchToPage(page);
    writeText(doc, plainRuns(String(page + 1)), X, HEIGHT - 40, COLUMN, style.footer);
  }
  return pdfBytes(doc);
}

function cover(doc: Pdf, a: Anthology, kind: string, published: string) {
  doc.lineWidth(1.2).strokeColor(INK).rect(28, 28, WIDTH - 56, HEIGHT - 56).stroke();
  doc.lineWidth(0.5).rect(33, 33, WIDTH - 66, HEIGHT - 66).stroke();
  let y = writeText(doc, plainRuns(kind), X, HEIGHT * 0.26, COLUMN, { size: 11, color: GREY, align: 'center' });
  y = writeText(doc, plainRuns(a.contestTitle), X, y + 16, COLUMN, { size: 22, bold: true, lineGap: 4, align: 'center' });
  doc.lineWidth(0.8).moveTo(WIDTH / 2 - 40, y + 12).lineTo(WIDTH / 2 + 40, y + 12).stroke();
  writeText(doc, plainRuns(a.organizerTitle), X, y + 28, COLUMN, { size: 12, align: 'center' });
  y = writeText(doc, plainRuns(published), X, HEIGHT - 120, COLUMN, { ...style.caption, size: 10 });
  writeText(doc, plainRuns(a.url, a.url.trim()), X, y + 4, COLUMN, { ...style.small, align: 'center' });
}

type TocRow = { page: number; y: number } & ({ tier: string } | { chapter: number });
interface Toc {
  pages: number;
  rows: TocRow[];
}

const TOC_NUMBER = 30; // room for the page number on the right

/** Where each contents row goes, measured with the same styles and widths that drawToc uses. */
function layoutToc(doc: Pdf, chapters: Chapter[], heading: string): Toc {
  const rows: TocRow[] = [];
  let page = 0;
  let y = MARGIN.top + measureText(doc, plainRuns(heading), COLUMN, style.tocHeading).height + 18;
  /** keepWith: the height of what must follow on the same page. */
  const place = (height: number, row: { tier: string } | { chapter: number }, keepWith = 0) => {
    if (y + height + keepWith > FLOW.bottom) {
      page++;
      y = MARGIN.top;
    }
    rows.push({ page, y, ...row });
    y += height;
  };
  const entryHeight = (c: Chapter) =>
    measureText(doc, plainRuns(c.title), COLUMN - TOC_NUMBER, style.tocTitle).height + measureText(doc, plainRuns(c.byline), COLUMN - TOC_NUMBER, style.tocByline).height + 8;
  let tier: string | undefined;
  for (const [i, c] of chapters.entries()) {
    if (c.tierName !== tier) {
      tier = c.tierName;
      place(measureText(doc, plainRuns(tier), COLUMN, style.tocTier).height + 6, { tier }, entryHeight(c));
    }
    place(entryHeight(c), { chapter: i });
  }
  return { pages: page + 1, rows };
}

function drawToc(doc: Pdf, toc: Toc, chapters: Chapter[], first: number, startPages: number[], heading: string) {
  doc.switchToPage(first);
  writeText(doc, plainRuns(heading), X, MARGIN.top, COLUMN, style.tocHeading);
  for (const row of toc.rows) {
    doc.switchToPage(first + row.page);
    if ('tier' in row) {
      writeText(doc, plainRuns(row.tier), X, row.y, COLUMN, style.tocTier);
      continue;
    }
    const c = chapters[row.chapter]!;
    const goTo = `story-${row.chapter + 1}`;
    writeText(doc, plainRuns(String(startPages[row.chapter])), X + COLUMN - TOC_NUMBER, row.y, TOC_NUMBER, { ...style.tocTitle, align: 'right', goTo });
    const y = writeText(doc, plainRuns(c.title), X, row.y, COLUMN - TOC_NUMBER, { ...style.tocTitle, goTo });
    writeText(doc, plainRuns(c.byline), X, y, COLUMN - TOC_NUMBER, style.tocByline);
  }
}

function writeChapter(doc: Pdf, c: Chapter, online: string) {
  let y = writeText(doc, plainRuns(c.tierName), X, MARGIN.top + 24, COLUMN, style.tier);
  y = writeText(doc, plainRuns(c.title), X, y + 6, COLUMN, style.title);
  y = writeText(doc, plainRuns(c.byline), X, y + 5, COLUMN, style.byline);
  doc.lineWidth(0.6).strokeColor(GREY).moveTo(WIDTH / 2 - 30, y + 12).lineTo(WIDTH / 2 + 30, y + 12).stroke();
  doc.y = y + 30;
  for (const block of c.blocks) writeBlock(doc, block);
  for (const photo of c.photos) writePhoto(doc, photo);
  if (c.url) {
    const runs = [...plainRuns(`${online} `), ...plainRuns(c.url, c.url)];
    doc.y += 10;
    ensureRoom(doc, 2 * lineHeight(doc, style.small));
    writeText(doc, runs, X, doc.y, COLUMN, style.small, FLOW);
  }
}

/** Starts a new page unless `height` still fits below doc.y. */
function ensureRoom(doc: Pdf, height: number) {
  if (doc.y + height > FLOW.bottom) {
    doc.addPage();
    doc.y = FLOW.top;
  }
}

function writeBlock(doc: Pdf, block: Block) {
  const heading = block.kind === 'h2' || block.kind === 'h3';
  const s = block.kind === 'h2' ? style.h2 : block.kind === 'h3' ? style.h3 : style.body;
  const indent = 18 * block.quote + 16 * block.depth;
  const x = X + indent;
  const width = COLUMN - indent - 18 * block.quote;
  const { lines } = measureText(doc, block.runs, width, s);
  if (heading) doc.y += 6;
  // A heading keeps two body lines below it; a paragraph does not leave its first line alone at the bottom.
  ensureRoom(doc, lineHeight(doc, s) * Math.min(lines, 2) + (heading ? 2 * lineHeight(doc, style.body) : 0));
  const y = doc.y;
  if (block.marker) writeText(doc, plainRuns(block.marker), x - 16, y, 13, { ...s, align: 'right' });
  doc.y = writeText(doc, block.runs, x, y, width, s, FLOW) + (heading ? 4 : 5);
}

function writePhoto(doc: Pdf, photo: PreparedPhoto) {
  // Fit the column and 60 % of the page height; never enlarge beyond 150 dpi.
  const scale = Math.min(COLUMN / photo.width, ((FLOW.bottom - FLOW.top) * 0.6) / photo.height, 72 / 150);
  const w = photo.width * scale;
  const h = photo.height * scale;
  const caption = plainRuns(photo.altText);
  doc.y += 8;
  ensureRoom(doc, h + 4 + measureText(doc, caption, COLUMN, style.caption).height);
  const y = doc.y;
  doc.image(photo.jpeg, X + (COLUMN - w) / 2, y, { width: w, height: h });
  doc.y = writeText(doc, caption, X, y + h + 4, COLUMN, style.caption) + 6;
}
