import { certificateTexts } from '../../lib/document-texts.ts';
import { vietnameseDate } from './dates.ts';
import { fontStyle } from './fonts.ts';
import { newPdf, type Pdf, pdfBytes, pdfText } from './pdf-document.ts';
import { measureText, plainRuns, type TextStyle, writeText } from './pdf-text.ts';
import type { Certificate } from './types.ts';

const RED = '#8b1e1e';
const GOLD = '#a8842c';
const INK = '#1a1a1a';
const GREY = '#555555';

export function certificatePdf(c: Certificate): Promise<Buffer> {
  return certificatesPdf([c]);
}

/** One A4 landscape page per certificate, in the given order. */
export function certificatesPdf(cs: readonly Certificate[]): Promise<Buffer> {
  const first = cs[0];
  if (!first) throw new RangeError('certificatesPdf needs at least one certificate');
  const doc = newPdf({
    title: certificateTexts.documentTitle(pdfText(first.contestTitle)),
    date: first.issuedAt,
    size: 'A4',
    layout: 'landscape',
  });
  for (const c of cs) {
    doc.addPage();
    border(doc);
    page(doc, c);
  }
  return pdfBytes(doc);
}

/** Two frames (thick red, thin gold) with diamonds and short strokes at the corners: vector lines only. */
function border(doc: Pdf) {
  const { width: w, height: h } = doc.page;
  doc.save();
  doc.lineWidth(3).strokeColor(RED).rect(20, 20, w - 40, h - 40).stroke();
  doc.lineWidth(0.8).strokeColor(GOLD).rect(30, 30, w - 60, h - 60).stroke();
  doc.lineWidth(0.8).rect(34, 34, w - 68, h - 68).stroke();
  for (const [x, y, dx, dy] of [[30, 30, 1, 1], [w - 30, 30, -1, 1], [30, h - 30, 1, -1], [w - 30, h - 30, -1, -1]] as const) {
    doc.fillColor(RED).polygon([x, y - 7], [x + 7, y], [x, y + 7], [x - 7, y]).fill();
    doc.strokeColor(RED).lineWidth(1.2);
    doc.moveTo(x + dx * 14, y + dy * 10).lineTo(x + dx * 60, y + dy * 10).stroke();
    doc.moveTo(x + dx * 10, y + dy * 14).lineTo(x + dx * 10, y + dy * 60).stroke();
  }
  const mid = w / 2;
  doc.strokeColor(GOLD).lineWidth(0.8).moveTo(mid - 90, 52).lineTo(mid + 90, 52).stroke();
  doc.fillColor(GOLD).polygon([mid, 48], [mid + 4, 52], [mid, 56], [mid - 4, 52]).fill();
  doc.restore();
}

interface Line {
  text: string;
  style: TextStyle;
  /** Space above, in points at scale 1. */
  gap: number;
  /** Shrink this line alone (down to 60 %) before it would wrap: names stay on one line. */
  oneLine?: boolean;
}

/** The centred lines: the A4 landscape width less 100 pt on each side. */
const WIDTH = 841.89 - 200;

function page(doc: Pdf, c: Certificate) {
  const { height: h } = doc.page;
  const center = 'center' as const;
  const lines: Line[] = [
    { text: certificateTexts.heading, style: { size: 34, bold: true, color: RED, align: center }, gap: 0 },
    { text: c.contestTitle, style: { size: 16, bold: true, color: INK, align: center }, gap: 8 },
    { text: certificateTexts.certifies, style: { size: 15, italic: true, color: INK, align: center }, gap: 22 },
    { text: c.recipientName, style: { size: 30, bold: true, color: RED, align: center }, gap: 6, oneLine: true },
    ...(c.unitName?.trim() ? [{ text: c.unitName, style: { size: 14, italic: true, color: INK, align: center }, gap: 4 }] : []),
    { text: certificateTexts.prize(c.tierName.trim()), style: { size: 19, bold: true, color: RED, align: center }, gap: 18 },
    { text: certificateTexts.entry(c.entryTitle.trim()), style: { size: 14, italic: true, color: INK, align: center }, gap: 6 },
  ];
  const top = 70;
  const bottom = h - 185; // the date and signature block starts here
  // Long titles or names: shrink the whole block until it fits between the frame top and the signature.
  let scale = 1;
  const sized = (l: Line) => ({ ...l.style, size: sizeOf(doc, l, scale) });
  const total = () => lines.reduce((sum, l) => sum + l.gap * scale + measureText(doc, plainRuns(l.text), WIDTH, sized(l)).height, 0);
  while (scale > 0.6 && total() > bottom - top) scale -= 0.05;
  let y = top + Math.max(0, (bottom - top - total()) / 2);
  for (const l of lines) y = writeText(doc, plainRuns(l.text), 100, y + l.gap * scale, WIDTH, sized(l));

  const signX = doc.page.width * 0.55;
  const signWidth = doc.page.width - 60 - signX;
  y = writeText(doc, plainRuns(certificateTexts.placeAndDate(vietnameseDate(c.issuedAt))), signX, h - 170, signWidth, { size: 13, italic: true, color: INK, align: center });
  writeText(doc, plainRuns(c.organizerTitle), signX, y + 6, signWidth, { size: 13, bold: true, color: INK, align: center });
  writeText(doc, plainRuns(certificateTexts.number(c.code)), 60, h - 62, 300, { size: 9, color: GREY });
}

function sizeOf(doc: Pdf, l: Line, scale: number): number {
  const size = l.style.size * scale;
  if (!l.oneLine) return size;
  const natural = doc.font(fontStyle(!!l.style.bold, !!l.style.italic)).fontSize(size).widthOfString(pdfText(l.text));
  return natural <= WIDTH ? size : Math.max(size * 0.6, (size * WIDTH * 0.98) / natural);
}
