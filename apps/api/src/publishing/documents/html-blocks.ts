import { decodeEntities } from '@guong-sang/text';

/**
 * The essay HTML (already sanitized: p, br, h2, h3, strong, b, em, i, u, s, blockquote, ul, ol, li, a[href])
 * as flat blocks of styled runs, which is all a PDF page needs. The shape of sanitized HTML is known,
 * so a tag-level tokenizer is enough; anything unexpected degrades to its text, never to markup.
 */

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  /** Links are kept as text; the address rides along so a renderer may make the text clickable. */
  href: string | null;
}

export interface Block {
  kind: 'p' | 'h2' | 'h3' | 'li';
  /** Trimmed, spaces collapsed; '\n' only where the HTML had <br>. Never empty. */
  runs: Run[];
  /** How many blockquotes enclose the block. */
  quote: number;
  /** How many lists enclose the block (a top-level list item has depth 1). */
  depth: number;
  /** '•' or '3.' for list items, '' otherwise. */
  marker: string;
}

export type Token =
  | { type: 'open'; name: string; href: string | null }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const dropped = (cp: number) =>
  (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff;

/**
 * NFC, and without the characters XML forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/F)
 * or discourages (DEL, C1 controls): one would make an EPUB chapter unparsable and prints as a box in a PDF.
 */
export function cleanText(text: string): string {
  const normalized = text.normalize('NFC');
  let out = '';
  for (const ch of normalized) if (!dropped(ch.codePointAt(0)!)) out += ch;
  return out;
}

/** Tags (lower-case names; only href is kept) and decoded, cleaned text. Comments vanish; a stray '<' is text. */
export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>|<!--[\s\S]*?(?:-->|$)|([^<]+|<)/gi;
  for (const [, slash, tag, attrs, text] of html.matchAll(pattern)) {
    if (text !== undefined) tokens.push({ type: 'text', text: cleanText(decodeEntities(text)) });
    else if (tag === undefined) continue;
    else if (slash) tokens.push({ type: 'close', name: tag.toLowerCase() });
    else {
      const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attrs ?? '');
      const value = href ? (href[1] ?? href[2] ?? href[3] ?? '') : '';
      tokens.push({ type: 'open', name: tag.toLowerCase(), href: value ? cleanText(decodeEntities(value)).trim() : null });
    }
  }
  return tokens;
}

type Flag = 'bold' | 'italic' | 'underline' | 'strike';
const inline: Record<string, Flag> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strike' };

export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const on: Record<Flag, number> = { bold: 0, italic: 0, underline: 0, strike: 0 };
  const links: (string | null)[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let quote = 0;
  let current: { kind: Block['kind']; marker: string; quote: number; depth: number; raw: Run[] } | null = null;

  const begin = (kind: Block['kind'], marker = '') => {
    end();
    current = { kind, marker, quote, depth: lists.length, raw: [] };
  };
  const end = () => {
    if (current) {
      const runs = tidy(current.raw);
      if (runs.length > 0) blocks.push({ kind: current.kind, runs, quote: current.quote, depth: current.depth, marker: current.marker });
    }
    current = null;
  };
  const add = (text: string) => {
    if (!current) {
      if (!/\S/.test(text)) return; // whitespace between blocks
      begin('p');
    }
    current!.raw.push({
      text,
      bold: on.bold > 0,
      italic: on.italic > 0,
      underline: on.underline > 0,
      strike: on.strike > 0,
      href: links.findLast((href) => href !== null) ?? null,
    });
  };

  for (const token of tokenize(html)) {
    if (token.type === 'text') {
      add(token.text.replace(/[ \t\n\r\f]+/g, ' ')); // HTML whitespace; U+00A0 stays
      continue;
    }
    const { name } = token;
    const flag = inline[name];
    if (token.type === 'open') {
      if (flag) on[flag]++;
      else if (name === 'a') links.push(token.href);
      else if (name === 'br') add('\n');
      else if (name === 'p') {
        // <li><p>…</p></li> (the editor's shape) is one list item, not an item and a paragraph.
        const c = current as { kind: string; raw: Run[] } | null;
        if (!(c && c.kind === 'li' && c.raw.every((r) => !/\S/.test(r.text)))) begin('p');
      } else if (name === 'h2' || name === 'h3') begin(name);
      else if (name === 'blockquote') {
        end();
        quote++;
      } else if (name === 'ul' || name === 'ol') {
        end();
        lists.push({ ordered: name === 'ol', next: 1 });
      } else if (name === 'li') {
        const list = lists.at(-1);
        begin('li', list?.ordered ? `${list.next++}.` : '•');
      }
    } else {
      if (flag) on[flag] = Math.max(0, on[flag] - 1);
      else if (name === 'a') links.pop();
      else if (name === 'blockquote') {
        end();
        quote = Math.max(0, quote - 1);
      } else if (name === 'ul' || name === 'ol') {
        end();
        lists.pop();
      } else if (['p', 'h2', 'h3', 'li'].includes(name)) end();
    }
  }
  end();
  return blocks;
}

const sameStyle = (a: Run, b: Run) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.href === b.href;

/** One space where HTML would show one (also across runs), none at the ends or beside a line break. */
function tidy(raw: Run[]): Run[] {
  const out: Run[] = [];
  const lastChar = () => out.at(-1)?.text.at(-1);
  for (const run of raw) {
    for (const ch of run.text) {
      const prev = lastChar();
      if (ch === ' ' && (prev === undefined || prev === ' ' || prev === '\n')) continue;
      if (ch === '\n') {
        if (prev === undefined) continue;
        if (prev === ' ') dropLast(out);
      }
      const last = out.at(-1);
      if (last && sameStyle(last, run)) last.text += ch;
      else out.push({ ...run, text: ch });
    }
  }
  while (lastChar() === ' ' || lastChar() === '\n') dropLast(out);
  return out;
}

function dropLast(runs: Run[]) {
  const last = runs.at(-1)!;
  last.text = last.text.slice(0, -1);
  if (last.text === '') runs.pop();
}
