import { getDocumentProxy } from 'unpdf';
import { FileRejectedError } from './errors.ts';

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

interface PositionedText {
  str: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Lines as pdf.js reports them (it marks line ends), with where they sit on the page. */
function toLines(items: readonly PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    const [, , , scaleY = 0, x = 0, y = 0] = item.transform;
    if (item.str.trim()) {
      const size = Math.abs(scaleY);
      if (current && Math.abs(current.y - y) > Math.max(current.size, size) * 0.5) {
        lines.push(current);
        current = undefined;
      }
      current ??= { text: '', x, right: x, y, size };
      current.x = Math.min(current.x, x);
      current.right = Math.max(current.right, x + item.width);
      current.size = Math.max(current.size, size);
    }
    if (current) current.text += item.str;
    if (item.hasEOL && current) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim());
}

/**
 * A bare page number at the top or bottom of a page is not part of the essay (nor of its word
 * count). Up to 999, as the DOCX and ODT copies' page numbering (margin-text.ts): the identity
 * warning reads this text and the judges the page, so a phone or id number alone on a page's last
 * line must stay in it.
 */
const pageNumber = /^\s*(-\s*)?(trang\s+|page\s+)?\d{1,3}(\s*\/\s*\d{1,3})?(\s*-)?\s*$/i;

/**
 * Paragraphs from lines: a new one starts where the font size changes, the gap between lines
 * grows, the line is indented, or the previous line stopped well short of the right margin after
 * a sentence ended (PDFs from Word and Writer have no paragraph marks, only positions).
 */
function pageHtml(lines: Line[]): string {
  if (lines.length > 0 && pageNumber.test(lines[0]!.text)) lines = lines.slice(1);
  if (lines.length > 0 && pageNumber.test(lines.at(-1)!.text)) lines = lines.slice(0, -1);
  if (lines.length === 0) return '';
  const body = median(lines.map((l) => l.size)) || 1;
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) < body * 0.15);
  const left = median(bodyLines.map((l) => l.x));
  const right = Math.max(...bodyLines.map((l) => l.right));
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0);
  const gap = median(gaps) || body * 1.2;

  const paragraphs: Line[][] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const starts =
      !previous ||
      Math.abs(line.size - previous.size) > body * 0.15 ||
      previous.y - line.y > gap * 1.4 ||
      previous.y < line.y ||
      line.x > left + body ||
      (previous.right < right - body * 2 && /[.!?…:;"”»)\]]$/.test(previous.text.trim()));
    if (starts) paragraphs.push([line]);
    else paragraphs.at(-1)!.push(line);
  });
  return paragraphs
    .map((paragraph) => {
      const text = escapeHtml(paragraph.map((l) => l.text.trim()).join(' '));
      const ratio = paragraph[0]!.size / body;
      const tag = ratio >= 1.4 ? 'h2' : ratio >= 1.15 ? 'h3' : 'p';
      return `<${tag}>${text}</${tag}>`;
    })
    .join('');
}

/**
 * Essay HTML from a PDF's text layer (pdf.js through unpdf, with positions rather than unpdf's
 * flat extractText so that paragraphs can be found). Unsanitized: pass it to html.ts. Runs in the
 * document worker: pdf.js inflates streams without a cap of its own.
 */
export async function pdfToHtml(bytes: Uint8Array): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js takes ownership of (and detaches) the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
  } catch (error) {
    throw new FileRejectedError('file_damaged', `PDF text layer: ${String(error)}`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageHtml(toLines(content.items.filter((item): item is PositionedText & typeof item => 'str' in item))));
      page.cleanup();
    }
    return pages.join('');
  } finally {
    await pdf.destroy();
  }
}
