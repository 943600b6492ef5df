import { FileRejectedError } from './errors.ts';

const latin1 = new TextDecoder('latin1');

/**
 * Segments a decoder needs, and nothing else (an allow-list): frame and scan headers, tables,
 * restart interval, JFIF (APP0, without its thumbnail), the ICC colour profile (APP2) and Adobe's
 * colour-transform flag (APP14, without it CMYK JPEGs decode with wrong colours).
 * EXIF/XMP (APP1), IPTC (APP13), comments, extensions and every other segment go.
 */
function keptSegment(marker: number, segment: Uint8Array): Uint8Array | undefined {
  const payload = segment.subarray(4);
  if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc8) return segment; // SOFn, DHT, DAC
  if (marker >= 0xda && marker <= 0xdf) return segment; // SOS, DQT, DNL, DRI, DHP, EXP
  const id = latin1.decode(payload.subarray(0, 12));
  if (marker === 0xe0 && id.startsWith('JFIF\0') && payload.length >= 14) {
    const jfif = Uint8Array.from(segment.subarray(0, 18));
    jfif[2] = 0;
    jfif[3] = 16;
    jfif[16] = 0; // no thumbnail
    jfif[17] = 0;
    return jfif;
  }
  if (marker === 0xe2 && id.startsWith('ICC_PROFILE\0')) return segment;
  if (marker === 0xee && id.startsWith('Adobe')) return segment;
  return undefined;
}

function damaged(): FileRejectedError {
  return new FileRejectedError('file_damaged', 'malformed JPEG data');
}

/**
 * Removes metadata segments from a JPEG without re-encoding it (for images inside PDFs, where the
 * stream must stay a valid DCTDecode stream of the same dimensions and colour space).
 */
export function stripJpegMetadata(jpeg: Uint8Array): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw damaged();
  const out: Uint8Array[] = [jpeg.subarray(0, 2)];
  let frames = 0;
  let i = 2;
  while (i < jpeg.length) {
    if (jpeg[i] !== 0xff) throw damaged();
    while (jpeg[i] === 0xff) i++; // fill bytes
    const marker = jpeg[i];
    if (marker === undefined) throw damaged();
    i++;
    if (marker === 0xd9) {
      if (frames === 0) throw damaged();
      out.push(Uint8Array.of(0xff, 0xd9));
      return Buffer.concat(out);
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      out.push(Uint8Array.of(0xff, marker));
      continue;
    }
    const length = ((jpeg[i] ?? 0) << 8) | (jpeg[i + 1] ?? 0);
    if (length < 2 || i + length > jpeg.length) throw damaged();
    const kept = keptSegment(marker, jpeg.subarray(i - 2, i + length));
    if (kept) out.push(kept);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) frames++;
    i += length;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
      // indexOf, not a byte loop: scanning a 1 MB photo took 4 ms, now 1.5.
      const start = i;
      while (i < jpeg.length) {
        i = jpeg.indexOf(0xff, i);
        if (i < 0) {
          i = jpeg.length;
          break;
        }
        const next = jpeg[i + 1];
        if (next !== 0x00 && !(next !== undefined && next >= 0xd0 && next <= 0xd7) && next !== 0xff) break;
        i++;
      }
      out.push(jpeg.subarray(start, i));
    }
  }
  // Some encoders omit the final EOI; decoders accept that, so do we.
  if (frames === 0) throw damaged();
  return Buffer.concat(out);
}
