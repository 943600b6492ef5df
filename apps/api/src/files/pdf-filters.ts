import { inflateSync, constants } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFContext, type PDFObject } from 'pdf-lib';

/** Filters that only compress or encode bytes; image codecs (DCT, JPX, CCITT, JBIG2) are not among them. */
const generalFilters = new Set(['FlateDecode', 'LZWDecode', 'ASCII85Decode', 'ASCIIHexDecode', 'RunLengthDecode']);

/** No stream of an essay inflates to more; a Flate bomb stops here instead of filling the worker's memory. */
const MAX_DECODED_BYTES = 64 * 1024 * 1024;

interface FilterChain {
  filters: string[];
  parms: Array<PDFDict | undefined>;
}

function filterChain(stream: PDFRawStream): FilterChain {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const parms = stream.dict.lookup(PDFName.of('DecodeParms'));
  const names = filter instanceof PDFArray ? filter.asArray().map((f) => stream.dict.context.lookup(f)) : filter ? [filter] : [];
  const parmList = parms instanceof PDFArray ? parms.asArray().map((p) => stream.dict.context.lookup(p)) : [parms];
  return {
    filters: names.map((f) => (f instanceof PDFName ? f.decodeText() : '?')),
    parms: names.map((_, i) => {
      const p = parmList[i];
      return p instanceof PDFDict ? p : undefined;
    }),
  };
}

function numberIn(dict: PDFDict | undefined, key: string, fallback: number): number {
  const value: PDFObject | undefined = dict?.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : fallback;
}

/** Undoes a PNG (10–15) or TIFF (2, 8-bit) predictor, which Flate and LZW streams of images often use. */
function unpredict(data: Uint8Array, parms: PDFDict | undefined): Uint8Array {
  const predictor = numberIn(parms, 'Predictor', 1);
  if (predictor === 1) return data;
  const colors = numberIn(parms, 'Colors', 1);
  const bits = numberIn(parms, 'BitsPerComponent', 8);
  const columns = numberIn(parms, 'Columns', 1);
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  if (rowLength <= 0 || rowLength > MAX_DECODED_BYTES) throw new Error('bad predictor parameters');
  if (predictor === 2) {
    if (bits !== 8) throw new Error('TIFF predictor with other than 8 bits');
    const out = Uint8Array.from(data);
    for (let row = 0; row < out.length; row += rowLength) {
      for (let i = row + bpp; i < Math.min(row + rowLength, out.length); i++) out[i] = (out[i]! + out[i - bpp]!) & 0xff;
    }
    return out;
  }
  if (predictor < 10 || predictor > 15) throw new Error(`predictor ${predictor}`);
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const left = i >= bpp ? out[dst + i - bpp]! : 0;
      const up = r > 0 ? out[dst - rowLength + i]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[dst - rowLength + i - bpp]! : 0;
      let value: number;
      if (type === 0) value = raw;
      else if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + ((left + up) >> 1);
      else if (type === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else throw new Error(`PNG row filter ${type}`);
      out[dst + i] = value & 0xff;
    }
  }
  return out;
}

function decodeOne(context: PDFContext, data: Uint8Array, filter: string, parms: PDFDict | undefined): Uint8Array {
  let decoded: Uint8Array;
  if (filter === 'FlateDecode') {
    // Z_SYNC_FLUSH reads a stream whose end was cut off, as viewers do; the cap stops bombs.
    decoded = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_DECODED_BYTES });
  } else {
    const one = PDFRawStream.of(PDFDict.withContext(context), data);
    one.dict.set(PDFName.of('Filter'), PDFName.of(filter));
    if (parms) one.dict.set(PDFName.of('DecodeParms'), parms);
    decoded = decodePDFRawStream(one).decode();
    if (decoded.length > MAX_DECODED_BYTES) throw new Error('stream too large');
  }
  return filter === 'FlateDecode' || filter === 'LZWDecode' ? unpredict(decoded, parms) : decoded;
}

/**
 * Applies the general filters at the head of the stream's chain. What is left is either nothing
 * (plain data) or the image codecs the caller must understand itself.
 */
export function decodeGeneral(stream: PDFRawStream): { data: Uint8Array; rest: FilterChain } {
  const chain = filterChain(stream);
  let data: Uint8Array = stream.contents;
  let i = 0;
  while (i < chain.filters.length && generalFilters.has(chain.filters[i]!)) {
    data = decodeOne(stream.dict.context, data, chain.filters[i]!, chain.parms[i]);
    i++;
  }
  return { data, rest: { filters: chain.filters.slice(i), parms: chain.parms.slice(i) } };
}

/** The stream's plain bytes, or undefined when its chain holds anything but general filters. */
export function decodeFully(stream: PDFRawStream): Uint8Array | undefined {
  try {
    const { data, rest } = decodeGeneral(stream);
    return rest.filters.length === 0 ? data : undefined;
  } catch {
    return undefined;
  }
}
