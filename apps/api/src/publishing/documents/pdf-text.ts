import { type FontStyle, fontStyle } from './fonts.ts';
import type { Run } from './html-blocks.ts';
import { type Pdf, pdfText } from './pdf-document.ts';

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
  /** Extra space between lines, in points. */
  lineGap?: number;
  /** A named destination the whole text links to. */
  goTo?: string;
}

/** Where text may flow onto new pages (body text); without it, text is drawn where it is put. */
export interface Flow {
  top: number;
  bottom: number;
}

interface Piece {
  text: string;
  run: Run;
  font: FontStyle;
  width: number;
}

/** A plain string as one run (NFC, no control characters, trimmed). */
export function plainRuns(text: string, href: string | null = null): Run[] {
  const clean = pdfText(text);
  return clean ? [{ text: clean, bold: false, italic: false, underline: false, strike: false, href }] : [];
}

export const lineHeight = (doc: Pdf, style: TextStyle) => doc.font('regular').fontSize(style.size).currentLineHeight(true) + (style.lineGap ?? 0);

/**
 * Lines of pieces, broken only at spaces and at <br>. pdfkit's own wrapping breaks after hyphens, and
 * pdftotext then joins "COVID-" + "19" back as "COVID19"; with `continued`, it wraps each styled run on
 * its own, so the "." after "<em>dài</em>" could start the next line. A word wider than the line is cut
 * between letters. No justification (it would spread words oddly), no hyphenation.
 */
function breakLines(doc: Pdf, runs: Run[], width: number, style: TextStyle): Piece[][] {
  const piece = (text: string, run: Run): Piece => {
    const font = fontStyle(run.bold || !!style.bold, run.italic || !!style.italic);
    return { text, run, font, width: doc.font(font).fontSize(style.size).widthOfString(text) };
  };
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  let space: Piece | null = null;
  let word: Piece[] = [];
  const newLine = () => {
    lines.push(line);
    line = [];
    lineWidth = 0;
  };
  const add = (p: Piece) => {
    const last = line.at(-1);
    if (last && last.run === p.run) line[line.length - 1] = { ...last, text: last.text + p.text, width: last.width + p.width };
    else line.push(p);
    lineWidth += p.width;
  };
  const placeWord = () => {
    if (word.length === 0) return;
    const wordWidth = word.reduce((sum, p) => sum + p.width, 0);
    if (line.length > 0 && lineWidth + (space?.width ?? 0) + wordWidth > width) newLine();
    else if (line.length > 0 && space) add(space);
    if (wordWidth <= width) word.forEach(add);
    else {
      for (const p of word) {
        for (const ch of p.text) {
          const c = piece(ch, p.run);
          if (line.length > 0 && lineWidth + c.width > width) newLine();
          add(c);
        }
      }
    }
    word = [];
    space = null;
  };
  for (const run of runs) {
    for (const token of run.text.match(/\n| +|[^ \n]+/g) ?? []) {
      if (token === '\n') {
        placeWord();
        newLine();
        space = null;
      } else if (token[0] === ' ') {
        placeWord();
        space = piece(' ', run);
      } else word.push(piece(token.replace(/\u00a0/g, ' '), run)); // no break at U+00A0, but drawn (and extracted) as a space
    }
  }
  placeWord();
  if (line.length > 0) lines.push(line);
  return lines;
}

export function measureText(doc: Pdf, runs: Run[], width: number, style: TextStyle): { lines: number; height: number } {
  const lines = breakLines(doc, runs, width, style).length;
  return { lines, height: lines * lineHeight(doc, style) };
}

/**
 * Draws the runs from (x, y) and returns the y below the last line. Each piece is drawn with
 * lineBreak: false, so pdfkit never wraps or adds a page by itself. With a flow, a line that does not fit
 * goes to a new page, and the last line of a paragraph does not go over alone (no widow).
 */
export function writeText(doc: Pdf, runs: Run[], x: number, y: number, width: number, style: TextStyle, flow?: Flow): number {
  const lines = breakLines(doc, runs, width, style);
  const step = lineHeight(doc, style);
  doc.fillColor(style.color ?? '#1a1a1a');
  for (const [i, line] of lines.entries()) {
    const keep = i === lines.length - 2 && i >= 2 ? 2 : 1;
    if (flow && y + keep * step > flow.bottom) {
      doc.addPage();
      y = flow.top;
    }
    const lineWidth = line.reduce((sum, p) => sum + p.width, 0);
    let cx = x + (style.align === 'center' ? (width - lineWidth) / 2 : style.align === 'right' ? width - lineWidth : 0);
    for (const p of line) {
      const { underline, strike, href } = p.run;
      doc.font(p.font).fontSize(style.size);
      doc.text(p.text, cx, y, { lineBreak: false, underline: underline || href !== null, strike, link: href, ...(style.goTo ? { goTo: style.goTo } : {}) });
      cx += p.width;
    }
    y += step;
  }
  doc.x = x;
  doc.y = y;
  return y;
}
