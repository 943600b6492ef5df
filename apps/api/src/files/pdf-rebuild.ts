import { deflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { cleanContentStream } from './pdf-content.ts';
import { decodeFully } from './pdf-filters.ts';
import { readImage } from './pdf-image.ts';

/**
 * What a value reached from a page is for, which decides the keys it may keep. 'value' is a
 * number, name, boolean or an array of those; 'text' adds strings where rendering needs them.
 */
type Role =
  | 'value'
  | 'text'
  | 'data'
  | 'content'
  | 'xobject'
  | 'image'
  | 'colorSpace'
  | SpecName
  | { map: Role }
  | { oneOrArray: Role };

type SpecName =
  | 'resources' | 'form' | 'group' | 'extGState' | 'softMask' | 'font' | 'fontDescriptor' | 'fontFile' | 'cmap'
  | 'cidSystemInfo' | 'pattern' | 'shading' | 'function' | 'iccProfile' | 'calibration';

const V = 'value';
/**
 * The allow-list: per kind of object, the keys a renderer reads (PDF 32000-1, chapters 7–11).
 * Everything else — /Metadata on any object, /PieceInfo, /LastModified, pdfTeX's
 * /PTEX.FileName, /PTEX.InfoDict and /PTEX.PageNumber, /OPI, /Alternates, optional-content
 * names, structure and private keys of any application — is not copied.
 */
const specs = {
  resources: {
    ExtGState: { map: 'extGState' },
    ColorSpace: { map: 'colorSpace' },
    Pattern: { map: 'pattern' },
    Shading: { map: 'shading' },
    XObject: { map: 'xobject' },
    Font: { map: 'font' },
    ProcSet: V,
  },
  form: { Type: V, Subtype: V, FormType: V, BBox: V, Matrix: V, Resources: 'resources', Group: 'group' },
  group: { Type: V, S: V, CS: 'colorSpace', I: V, K: V },
  extGState: {
    Type: V, LW: V, LC: V, LJ: V, ML: V, D: V, RI: V, OP: V, op: V, OPM: V, BG: 'function', BG2: 'function',
    UCR: 'function', UCR2: 'function', TR: { oneOrArray: 'function' }, TR2: { oneOrArray: 'function' }, FL: V, SM: V,
    SA: V, BM: V, SMask: 'softMask', CA: V, ca: V, AIS: V, TK: V,
  },
  softMask: { Type: V, S: V, G: 'form', BC: V, TR: 'function' },
  font: {
    Type: V, Subtype: V, BaseFont: V, Name: V, FirstChar: V, LastChar: V, Widths: V, FontDescriptor: 'fontDescriptor',
    Encoding: 'cmap', ToUnicode: 'cmap', DescendantFonts: { oneOrArray: 'font' }, CIDSystemInfo: 'cidSystemInfo',
    DW: V, W: V, DW2: V, W2: V, CIDToGIDMap: 'data', FontBBox: V, FontMatrix: V, CharProcs: { map: 'content' },
    Resources: 'resources',
  },
  fontDescriptor: {
    Type: V, FontName: V, FontFamily: 'text', FontStretch: V, FontWeight: V, Flags: V, FontBBox: V, ItalicAngle: V,
    Ascent: V, Descent: V, Leading: V, CapHeight: V, XHeight: V, StemV: V, StemH: V, AvgWidth: V, MaxWidth: V,
    MissingWidth: V, FontFile: 'fontFile', FontFile2: 'fontFile', FontFile3: 'fontFile', CharSet: 'text', CIDSet: 'data',
  },
  fontFile: { Length1: V, Length2: V, Length3: V, Subtype: V },
  /** A font's /Encoding (a name, a differences dictionary or a CMap stream) and /ToUnicode CMaps. */
  cmap: { Type: V, BaseEncoding: V, Differences: V, CMapName: V, CIDSystemInfo: 'cidSystemInfo', WMode: V, UseCMap: 'cmap' },
  cidSystemInfo: { Registry: 'text', Ordering: 'text', Supplement: V },
  pattern: {
    Type: V, PatternType: V, PaintType: V, TilingType: V, BBox: V, XStep: V, YStep: V, Resources: 'resources', Matrix: V,
    Shading: 'shading', ExtGState: 'extGState',
  },
  shading: {
    ShadingType: V, ColorSpace: 'colorSpace', Background: V, BBox: V, AntiAlias: V, Coords: V, Domain: V,
    Function: { oneOrArray: 'function' }, Extend: V, Matrix: V, BitsPerCoordinate: V, BitsPerComponent: V,
    BitsPerFlag: V, Decode: V, VerticesPerRow: V,
  },
  function: {
    FunctionType: V, Domain: V, Range: V, Size: V, BitsPerSample: V, Order: V, Encode: V, Decode: V, C0: V, C1: V,
    N: V, Functions: { oneOrArray: 'function' }, Bounds: V,
  },
  iccProfile: { N: V, Alternate: 'colorSpace', Range: V },
  calibration: { WhitePoint: V, BlackPoint: V, Gamma: V, Matrix: V, Range: V },
} satisfies Record<SpecName, Record<string, Role>>;

/** Image dictionary keys besides the samples' own encoding. */
const imageKeys: Record<string, Role> = {
  Type: V, Subtype: V, Width: V, Height: V, ColorSpace: 'colorSpace', BitsPerComponent: V, ImageMask: V, Mask: 'image',
  Decode: V, Interpolate: V, SMask: 'image', SMaskInData: V, Intent: V, Matte: V,
};
const ccittKeys = ['K', 'EndOfLine', 'EncodedByteAlign', 'Columns', 'Rows', 'EndOfBlock', 'BlackIs1', 'DamagedRowsBeforeError'];

/** Page keys a viewer needs; the inheritable ones are looked up through the page tree. */
const pageKeys: Record<string, Role> = {
  MediaBox: V, CropBox: V, BleedBox: V, TrimBox: V, ArtBox: V, Rotate: V, UserUnit: V, Resources: 'resources',
  Contents: { oneOrArray: 'content' }, Group: 'group',
};
const inheritable = new Set(['MediaBox', 'CropBox', 'Rotate', 'Resources']);

/** Deeper nesting than this is no drawing anyone made by hand or by an editor. */
const MAX_DEPTH = 40;

const key = (name: string) => PDFName.of(name);

/**
 * Copies what rendering the pages needs from one PDF into another, object by object, through
 * the allow-list above: a key not listed for its kind of object is never copied, streams are
 * decoded and compressed again (their original encoding and any bytes after their data stay
 * behind), and every image is read by what it is (pdf-image.ts).
 */
export class PdfRebuild {
  private readonly built = new Map<string, PDFRef>();

  constructor(
    private readonly source: PDFContext,
    private readonly target: PDFContext,
  ) {}

  /** The page's own entries for the new page dictionary. */
  page(node: PDFDict): Map<string, PDFObject> {
    const entries = new Map<string, PDFObject>();
    for (const [name, role] of Object.entries(pageKeys)) {
      const value = inheritable.has(name) ? this.inherited(node, name) : node.get(key(name));
      const copied = this.copy(value, role, 0);
      if (copied !== undefined) entries.set(name, copied);
    }
    return entries;
  }

  /** Any value copied under the 'value' or 'text' rules, for callers that rebuild their own dictionaries. */
  plain(value: PDFObject | undefined, text = false): PDFObject | undefined {
    return this.copy(value, text ? 'text' : V, 0);
  }

  private inherited(node: PDFDict, name: string): PDFObject | undefined {
    const seen = new Set<PDFDict>();
    for (let current: PDFDict | undefined = node; current && !seen.has(current); ) {
      seen.add(current);
      const value = current.get(key(name));
      if (value !== undefined) return value;
      const parent: PDFObject | undefined = current.lookup(key('Parent'));
      current = parent instanceof PDFDict ? parent : undefined;
    }
    return undefined;
  }

  private copy(value: PDFObject | undefined, role: Role, depth: number): PDFObject | undefined {
    if (value === undefined || depth > MAX_DEPTH) return undefined;
    if (!(value instanceof PDFRef)) return this.build(value, role, depth);
    const object = this.source.lookup(value);
    if (object === undefined) return undefined;
    if (role === V || role === 'text') return this.build(object, role, depth);
    // Shared objects (a font on every page) stay shared; a form that draws itself ends in a reference.
    const memo = `${JSON.stringify(role)} ${value.toString()}`;
    const known = this.built.get(memo);
    if (known) return known;
    const ref = this.target.nextRef();
    this.built.set(memo, ref);
    this.target.assign(ref, this.build(object, role, depth) ?? PDFNull);
    return ref;
  }

  private build(object: PDFObject, role: Role, depth: number): PDFObject | undefined {
    const next = depth + 1;
    if (typeof role === 'object') {
      if ('map' in role) {
        if (!(object instanceof PDFDict) || object instanceof PDFRawStream) return undefined;
        const dict = this.target.obj({});
        for (const [name, value] of object.entries()) {
          const copied = this.copy(value, role.map, next);
          if (copied !== undefined) dict.set(name, copied);
        }
        return dict;
      }
      if (object instanceof PDFArray) return this.array(object, role.oneOrArray, next);
      return this.build(object, role.oneOrArray, depth);
    }
    if (object instanceof PDFNumber) return PDFNumber.of(object.asNumber());
    if (object instanceof PDFName || object instanceof PDFBool || object === PDFNull) return object;
    switch (role) {
      case V:
        return object instanceof PDFArray ? this.array(object, V, next) : undefined;
      case 'text':
        if (object instanceof PDFString) return PDFString.of(object.asString());
        if (object instanceof PDFHexString) return PDFHexString.of(object.asString());
        return object instanceof PDFArray ? this.array(object, 'text', next) : undefined;
      case 'data':
        return object instanceof PDFRawStream ? this.stream(object, {}, next) : this.build(object, 'text', depth);
      case 'content':
        return object instanceof PDFRawStream ? this.stream(object, {}, next, true) : undefined;
      case 'xobject': {
        if (!(object instanceof PDFRawStream)) return undefined;
        const subtype = object.dict.get(key('Subtype'));
        if (subtype === key('Image')) return this.image(object, next);
        return subtype === key('Form') ? this.stream(object, specs.form, next, true) : undefined;
      }
      case 'image':
        return object instanceof PDFRawStream ? this.image(object, next) : undefined;
      case 'colorSpace':
        return object instanceof PDFArray ? this.colorSpace(object, next) : undefined;
      default: {
        const spec: Record<string, Role> = specs[role];
        if (object instanceof PDFRawStream) return this.stream(object, spec, next, role === 'form' || role === 'pattern');
        return object instanceof PDFDict ? this.dict(object, spec, next) : undefined;
      }
    }
  }

  /** An array whose every element survives its rule, or nothing (a shortened array would change its meaning). */
  private array(array: PDFArray, role: Role, depth: number): PDFArray | undefined {
    const out: PDFObject[] = [];
    for (const element of array.asArray()) {
      const copied = this.copy(element, role, depth);
      if (copied === undefined) return undefined;
      out.push(copied);
    }
    return this.target.obj(out);
  }

  private dict(source: PDFDict, spec: Record<string, Role>, depth: number): PDFDict {
    const dict = this.target.obj({});
    for (const [name, role] of Object.entries(spec)) {
      const copied = this.copy(source.get(key(name)), role, depth);
      if (copied !== undefined) dict.set(key(name), copied);
    }
    return dict;
  }

  /** Compressed by zlib (native, several times faster than pdf-lib's own deflate on large pictures). */
  private flate(data: Uint8Array): PDFRawStream {
    return this.target.stream(deflateSync(data), { Filter: 'FlateDecode' });
  }

  /** A stream decoded and compressed again; content streams (pages, forms, tiling patterns) are cleaned too. */
  private stream(source: PDFRawStream, spec: Record<string, Role>, depth: number, content = false): PDFRawStream | undefined {
    const data = decodeFully(source);
    if (data === undefined) return undefined;
    const stream = this.flate(content ? cleanContentStream(data) : data);
    for (const [name, value] of this.dict(source.dict, spec, depth).entries()) stream.dict.set(name, value);
    return stream;
  }

  private colorSpace(array: PDFArray, depth: number): PDFArray | undefined {
    const family = this.source.lookup(array.get(0));
    const roles: Record<string, Role[]> = {
      ICCBased: ['iccProfile'],
      Indexed: ['colorSpace', V, 'data'],
      Separation: [V, 'colorSpace', { oneOrArray: 'function' }],
      // DeviceN's fifth entry (attributes, with process and mixing hints) is optional.
      DeviceN: [V, 'colorSpace', { oneOrArray: 'function' }],
      Pattern: ['colorSpace'],
      CalGray: ['calibration'],
      CalRGB: ['calibration'],
      Lab: ['calibration'],
    };
    if (!(family instanceof PDFName)) return undefined;
    const rest = roles[family.decodeText()] ?? [];
    const out: PDFObject[] = [family];
    for (const [i, role] of rest.entries()) {
      if (i + 1 >= array.size()) break;
      const copied = this.copy(array.get(i + 1), role, depth);
      if (copied === undefined) return undefined;
      out.push(copied);
    }
    return this.target.obj(out);
  }

  /** An image by what its data is (pdf-image.ts); what cannot be understood becomes one grey pixel. */
  private image(source: PDFRawStream, depth: number): PDFRawStream {
    const read = readImage(source);
    const dict = read.kind === 'placeholder' ? undefined : this.dict(source.dict, imageKeys, depth);
    const isMask = source.dict.lookup(key('ImageMask')) === PDFBool.True;
    if (!dict || read.kind === 'placeholder' || (!isMask && !dict.has(key('ColorSpace')) && read.kind !== 'jpeg')) {
      const placeholder = isMask
        ? { Type: 'XObject', Subtype: 'Image', Width: 1, Height: 1, ImageMask: true }
        : { Type: 'XObject', Subtype: 'Image', Width: 1, Height: 1, ColorSpace: 'DeviceGray', BitsPerComponent: 8 };
      // A mask sample of 1 paints nothing; grey stands in for a picture.
      const stream = this.flate(Uint8Array.of(isMask ? 0xff : 0xc0));
      for (const [name, value] of Object.entries(placeholder)) stream.dict.set(key(name), this.target.obj(value));
      return stream;
    }
    if (read.kind === 'samples') {
      const stream = this.flate(read.data);
      for (const [name, value] of dict.entries()) stream.dict.set(name, value);
      return stream;
    }
    dict.set(key('Filter'), key(read.kind === 'jpeg' ? 'DCTDecode' : 'CCITTFaxDecode'));
    const parms = this.codecParms(source, read.kind === 'jpeg' ? ['ColorTransform'] : ccittKeys);
    if (parms) dict.set(key('DecodeParms'), parms);
    dict.set(key('Length'), PDFNumber.of(read.data.length));
    return PDFRawStream.of(dict, read.data);
  }

  /** The image codec's own parameters (the last entry of DecodeParms), by the codec's allow-list. */
  private codecParms(source: PDFRawStream, keys: readonly string[]): PDFDict | undefined {
    const parms = source.dict.lookup(key('DecodeParms'));
    const last = parms instanceof PDFArray ? this.source.lookup(parms.get(parms.size() - 1)) : parms;
    if (!(last instanceof PDFDict)) return undefined;
    const dict = this.dict(last, Object.fromEntries(keys.map((k) => [k, V])), 0);
    return dict.keys().length > 0 ? dict : undefined;
  }
}
