import { stripJpegMetadata } from './jpeg-metadata.ts';

const whitespace = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const delimiters = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const latin1 = new TextDecoder('latin1');

/** Index just past a literal string starting at `i` (nested parentheses, backslash escapes). */
function skipString(data: Uint8Array, i: number): number {
  let depth = 0;
  for (; i < data.length; i++) {
    const c = data[i];
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return data.length;
}

function tokenEnd(data: Uint8Array, i: number): number {
  while (i < data.length && !whitespace.has(data[i]!) && !delimiters.has(data[i]!)) i++;
  return i;
}

/** The filters an inline image dictionary names (/F or /Filter, a name or an array of names). */
function inlineFilters(dict: string): string[] {
  const value = /\/(?:F|Filter)\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dict)?.[1] ?? '';
  return [...value.matchAll(/\/([^\s/[\]<>()]+)/g)].map((m) => m[1]!);
}

/**
 * The end of an inline image's data: the `EI` operator, preceded by whitespace and followed by
 * whitespace or the end (how viewers find it; the data has no length of its own).
 */
function inlineDataEnd(data: Uint8Array, from: number): number | undefined {
  for (let i = from; i + 2 <= data.length; i++) {
    if (data[i] === 0x45 && data[i + 1] === 0x49 && whitespace.has(data[i - 1]!) && (i + 2 === data.length || whitespace.has(data[i + 2]!))) {
      return i - 1;
    }
  }
  return undefined;
}

/**
 * A content stream without comments (`% …` can hold anything a generator wrote) and with its
 * inline images' JPEG data stripped of EXIF/XMP/IPTC like any image XObject's. An inline JPEG under
 * another filter, or an image codec that cannot be checked, is removed with its operators.
 */
export function cleanContentStream(data: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [];
  let copied = 0;
  let i = 0;
  const copyUpTo = (end: number) => {
    if (end > copied) out.push(data.subarray(copied, end));
  };
  while (i < data.length) {
    const c = data[i]!;
    if (whitespace.has(c)) {
      i++;
    } else if (c === 0x25) {
      copyUpTo(i);
      while (i < data.length && data[i] !== 0x0a && data[i] !== 0x0d) i++;
      copied = i;
      out.push(Uint8Array.of(0x20));
    } else if (c === 0x28) {
      i = skipString(data, i);
    } else if (c === 0x3c && data[i + 1] !== 0x3c) {
      const close = data.indexOf(0x3e, i);
      i = close < 0 ? data.length : close + 1;
    } else if (c === 0x2f) {
      i = tokenEnd(data, i + 1);
    } else if (delimiters.has(c)) {
      i++;
    } else {
      const start = i;
      i = Math.max(tokenEnd(data, i), i + 1);
      if (i - start !== 2 || data[start] !== 0x42 || data[start + 1] !== 0x49) continue; // BI
      const id = findInlineId(data, i);
      const end = id === undefined ? undefined : inlineDataEnd(data, id + 1);
      copyUpTo(start);
      if (id === undefined || end === undefined) {
        copied = data.length;
        break;
      }
      const after = end + 3; // whitespace, E, I
      const filters = inlineFilters(latin1.decode(data.subarray(i, id - 2)));
      const codecs = filters.filter((f) => !['AHx', 'ASCIIHexDecode', 'A85', 'ASCII85Decode', 'LZW', 'LZWDecode', 'Fl', 'FlateDecode', 'RL', 'RunLengthDecode', 'CCF', 'CCITTFaxDecode'].includes(f));
      if (codecs.length === 0) {
        out.push(data.subarray(start, after));
      } else if (filters.length === 1 && (filters[0] === 'DCT' || filters[0] === 'DCTDecode')) {
        try {
          const jpeg = stripJpegMetadata(data.subarray(id + 1, end));
          out.push(data.subarray(start, id + 1), jpeg, Uint8Array.of(0x0a, 0x45, 0x49));
        } catch {
          // Damaged JPEG data: the image goes.
        }
      }
      copied = i = after;
    }
  }
  copyUpTo(data.length);
  return Buffer.concat(out);
}

/** Index of the whitespace byte after the `ID` operator that ends an inline image's dictionary. */
function findInlineId(data: Uint8Array, i: number): number | undefined {
  while (i < data.length) {
    const c = data[i]!;
    if (whitespace.has(c)) i++;
    else if (c === 0x28) i = skipString(data, i);
    else if (c === 0x2f) i = tokenEnd(data, i + 1);
    else if (delimiters.has(c)) i++;
    else {
      const start = i;
      i = Math.max(tokenEnd(data, i), i + 1);
      if (i - start === 2 && data[start] === 0x49 && data[start + 1] === 0x44) return i < data.length ? i : undefined;
    }
  }
  return undefined;
}
