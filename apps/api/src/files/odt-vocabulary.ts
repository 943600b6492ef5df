import { labelSymbol, numberingStart } from './margin-text.ts';

/**
 * What a judge's copy of an ODT may hold: the ODF vocabulary Writer needs to render the essay
 * (paragraphs, headings, spans, lists, tables, notes, pictures in frames, styles, page layout,
 * headers and footers, page-number fields) and, per element, the attributes rendering reads with
 * the shape their values must have. odt-rebuild.ts writes the copy from this list alone: an
 * element, attribute or namespace that is not here is not copied (SECURITY.md: rebuilt from an
 * allow-list, anything not understood is dropped). Every value that could carry words (a style's,
 * bookmark's or table's name) is either renamed through one map per document or dropped.
 */

export const ODF_NAMESPACES = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  xlink: 'http://www.w3.org/1999/xlink',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
} as const;

export type OdfPrefix = keyof typeof ODF_NAMESPACES;

/** Our prefix for each kept namespace: the copy is written with these, never the author's prefixes. */
export const prefixOfNamespace: ReadonlyMap<string, OdfPrefix> = new Map(
  Object.entries(ODF_NAMESPACES).map(([prefix, uri]) => [uri, prefix as OdfPrefix]),
);

/**
 * How an attribute's value is checked or rewritten:
 * - style: a style's name or a reference to one (paragraph, text, list, page layout, master page…),
 *   renamed through the document's style map (builtInStyleNames stay);
 * - name: a bookmark's, reference mark's, note's, section's or table's name, renamed through the
 *   document's name map so that references still meet their target;
 * - font: a font-face name, kept only for commonFonts (a rare font names its owner's machine);
 * - fontFamily: a font family list (`'Liberation Serif'`), kept only if each family is common;
 * - property: a formatting value: up to four tokens, each a length, percentage, number, colour
 *   or a keyword from odfKeywords (borders `0.5pt solid #000000`, margins, shadows);
 * - language: a language, country or script code (hyphenation and spelling; two to four letters);
 * - spaces: how many spaces one text:s stands for, up to 999 (LibreOffice took 9 s to open 300 of
 *   999,999 spaces each, 7 KB of XML);
 * - start, pageStart: where page, list, heading or note numbering starts, shown on the page and
 *   read by no text reader, so up to 999 (margin-text.ts; pageStart also auto or continue);
 * - int, bool, affix (list number prefix/suffix: punctuation only), bulletChar (one of the bullets of margin-text.ts labelSymbol),
 *   numFormat (1, a, A, i, I; written as 1: margin-text.ts numberShownAs), version.
 */
export type ValueRule =
  | 'style' | 'name' | 'font' | 'fontFamily' | 'property' | 'language' | 'spaces' | 'int' | 'start' | 'pageStart' | 'bool' | 'affix' | 'bulletChar' | 'numFormat'
  | 'version';

/**
 * What an element keeps of its content: 'inline' its text (paragraphs, headings, spans: what the
 * entrant typed), 'digits' its text only if a number (note citations, page numbers, which Writer
 * recomputes anyway); nothing else holds text in the copy.
 */
export type TextRule = 'inline' | 'digits';

export interface ElementRule {
  attributes: Readonly<Record<string, ValueRule>>;
  text?: TextRule;
  /**
   * The kept elements it may be directly inside (through unwrapped ones), for those that hold text
   * or hold what does: elsewhere (a paragraph in a style, a span in a note's number, a paragraph
   * in a list with no item) nothing shows it, and it goes with its content.
   */
  within?: ReadonlySet<string>;
}

/** Names Writer gives its built-in styles: they say nothing of the author, and LibreOffice's HTML import and our extractor know them. */
export const builtInStyleNames: ReadonlySet<string> = new Set([
  'Standard', 'Default_20_Style', 'Default_20_Page_20_Style', 'Heading', 'Title', 'Subtitle', 'Text_20_body', 'Text_20_Body',
  ...Array.from({ length: 10 }, (_, i) => `Heading_20_${i + 1}`),
  'Table_20_Contents', 'Table_20_Heading', 'Header', 'Footer', 'Header_20_and_20_Footer', 'Footnote', 'Endnote', 'List', 'Caption',
  'Quotations', 'Preformatted_20_Text', 'Strong_20_Emphasis', 'Emphasis', 'Footnote_20_Symbol', 'Footnote_20_anchor',
  'Endnote_20_Symbol', 'Endnote_20_anchor', 'Internet_20_link', 'Visited_20_Internet_20_Link', 'Numbering_20_Symbols',
  'Bullet_20_Symbols', 'Source_20_Text', 'Frame', 'Graphics', 'Index', 'Contents_20_Heading', 'List_20_Contents',
  'First_20_line_20_indent', 'Hanging_20_indent', 'Text_20_body_20_indent', 'Marginalia', 'Signature', 'Salutation',
  ...Array.from({ length: 10 }, (_, i) => `Contents_20_${i + 1}`),
  'Numbering_20_123', 'Numbering_20_ABC', 'Numbering_20_abc', 'Numbering_20_IVX', 'Numbering_20_ivx', 'List_20_1', 'List_20_2',
  'List_20_3', 'List_20_4', 'List_20_5',
]);

/**
 * Fonts installed with Windows, macOS, LibreOffice or common in Vietnamese schools (the VNI and
 * TCVN3 fonts). Any other font name may be the author's own (a font made for or named after
 * them), so the copy falls back to the default font there.
 */
export const commonFonts: ReadonlySet<string> = new Set([
  'Liberation Serif', 'Liberation Sans', 'Liberation Mono', 'Liberation Sans Narrow', 'DejaVu Sans', 'DejaVu Serif',
  'DejaVu Sans Mono', 'Noto Sans', 'Noto Serif', 'Noto Sans Mono', 'Noto Sans CJK SC', 'Noto Serif CJK SC', 'Noto Sans Devanagari',
  'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Symbols', 'OpenSymbol', 'Carlito', 'Caladea', 'Linux Libertine G',
  'Linux Biolinum G', 'Source Han Sans', 'Source Han Serif', 'Lohit Devanagari', 'Droid Sans Fallback', 'Times New Roman', 'Arial',
  'Arial Narrow', 'Arial Black', 'Calibri', 'Calibri Light', 'Cambria', 'Cambria Math', 'Candara', 'Consolas', 'Constantia',
  'Corbel', 'Courier New', 'Georgia', 'Tahoma', 'Verdana', 'Trebuchet MS', 'Segoe UI', 'Segoe UI Symbol', 'Symbol', 'Wingdings',
  'Wingdings 2', 'Wingdings 3', 'Webdings', 'Garamond', 'Book Antiqua', 'Palatino Linotype', 'Century Gothic', 'Comic Sans MS',
  'Impact', 'Lucida Sans', 'Lucida Sans Unicode', 'Lucida Console', 'Microsoft YaHei', 'SimSun', 'MS Mincho', 'MS Gothic',
  'Helvetica', 'Helvetica Neue', 'Times', 'Courier', 'Menlo', 'Monaco', 'Avenir', 'Aptos', 'Roboto', 'Open Sans', 'Lato',
  'VNI-Times', 'VNI-Helve', 'VNI-Aptima', '.VnTime', '.VnTimeH', '.VnArial', '.VnArialH', 'StarSymbol',
]);

/** Every keyword value a kept formatting attribute may take (families, alignments, border styles, wrap modes…). */
export const odfKeywords: ReadonlySet<string> = new Set([
  'none', 'solid', 'double', 'dotted', 'dashed', 'dot-dash', 'dot-dot-dash', 'long-dash', 'wave', 'groove', 'ridge', 'inset', 'outset',
  'hidden', 'fine-dashed', 'double-thin', 'dash-dot', 'dash-dot-dot', 'thin', 'medium', 'thick', 'bold', 'normal', 'italic', 'oblique',
  'lighter', 'bolder', 'small-caps', 'uppercase', 'lowercase', 'capitalize', 'start', 'end', 'left', 'right', 'center', 'justify',
  'inside', 'outside', 'top', 'bottom', 'middle', 'baseline', 'auto', 'page', 'column', 'always', 'avoid', 'transparent', 'true',
  'false', 'single', 'continuous', 'skip-white-space', 'font-color', 'sub', 'super', 'paragraph', 'text', 'table', 'table-column',
  'table-row', 'table-cell', 'section', 'graphic', 'ruby', 'drawing-page', 'lr-tb', 'rl-tb', 'tb-rl', 'tb-lr', 'lr', 'rl', 'tb',
  'ltr', 'rtl', 'ignore', 'fix', 'value-type', 'char', 'as-char', 'frame', 'page-content', 'page-start-margin', 'page-end-margin',
  'paragraph-content', 'paragraph-start-margin', 'paragraph-end-margin', 'frame-content', 'frame-start-margin',
  'frame-end-margin', 'line', 'from-left', 'from-top', 'from-inside', 'below', 'above', 'parallel', 'dynamic', 'run-through',
  'biggest', 'simple', 'embed', 'onLoad', 'onRequest', 'new', 'replace', 'portrait', 'landscape', 'all', 'mirrored', 'collapsing',
  'separating', 'label-alignment', 'label-width-and-position', 'listtab', 'space', 'nothing', 'stretch', 'repeat', 'no-repeat',
  'standard', 'greyscale', 'mono', 'watermark', 'scale', 'scale-min', 'wrap', 'no-wrap', 'embossed', 'engraved', 'accent', 'dot',
  'disc', 'circle', 'lines', 'both', 'footnote', 'endnote', 'document', 'chapter', 'extra', 'index', 'list', 'html', 'roman',
  'swiss', 'modern', 'decorative', 'script', 'system', 'variable', 'fixed', 'previous', 'current', 'next', 'strict', 'loose',
  'hanging', 'ideograph-alpha', 'no-limit', 'bitmap', 'gradient', 'hatch', 'optimal', 'contour', 'foreground', 'background',
  'x-symbol', 'increase', 'decrease', 'line-through', 'underline', 'overline', 'shadow', 'center-left',
  'center-right', 'number', 'category-and-value', 'caption', 'value', 'page-end', 'page-start', 'text-end', 'text-start', 'margins',
]);

const len = /^-?(\d+\.?\d*|\.\d+)(cm|mm|in|inch|pt|pc|px|em)?$/;
const pct = /^-?(\d+\.?\d*|\.\d+)%$/;
const color = /^#[0-9a-fA-F]{6}$/;
/** A table column's share of the table's width (`32767*`). */
const relative = /^\d{1,6}\*$/;

/** A formatting value: up to four tokens, each a length, percentage, number, relative width, colour or keyword. */
export function isPropertyValue(value: string): boolean {
  const tokens = value.trim().split(/\s+/);
  return tokens.length <= 4 && tokens.every((token) => len.test(token) || pct.test(token) || color.test(token) || relative.test(token) || odfKeywords.has(token));
}

export const valueShapes: Readonly<Record<Exclude<ValueRule, 'style' | 'name' | 'font' | 'fontFamily'>, (value: string) => boolean>> = {
  property: isPropertyValue,
  spaces: (value) => /^\d{1,3}$/.test(value),
  int: (value) => /^-?\d{1,6}$/.test(value),
  start: (value) => numberingStart.test(value),
  pageStart: (value) => value === 'auto' || value === 'continue' || numberingStart.test(value),
  bool: (value) => value === 'true' || value === 'false',
  affix: (value) => /^[\s.,:;()[\]\-–—]{0,4}$/.test(value),
  bulletChar: (value) => [...value].length === 1 && !/\s/.test(value) && labelSymbol.test(value),
  numFormat: (value) => /^(1|a|A|i|I)?$/.test(value),
  version: (value) => /^\d\.\d$/.test(value),
  language: (value) => /^([a-z]{2,3}|[A-Z]{2}|[A-Z][a-z]{3})$/.test(value),
};

/**
 * Attributes of the style:*-properties elements (and their tab stops, columns, list label
 * alignment), all checked as formatting values unless named otherwise. Names only: the attributes
 * Writer reads to lay out text, tables, frames and pages. Not text:display: the copy hides nothing
 * it keeps (odt-rebuild.ts drops hidden text), so LibreOffice shows what the web viewer shows.
 */
const formattingAttributes: Record<string, ValueRule> = Object.fromEntries(
  [
    ...['margin', 'margin-top', 'margin-bottom', 'margin-left', 'margin-right', 'padding', 'padding-top', 'padding-bottom',
      'padding-left', 'padding-right', 'border', 'border-top', 'border-bottom', 'border-left', 'border-right', 'text-indent',
      'text-align', 'text-align-last', 'line-height', 'keep-with-next', 'keep-together', 'widows', 'orphans', 'break-before',
      'break-after', 'background-color', 'hyphenate', 'hyphenation-keep', 'hyphenation-ladder-count',
      'hyphenation-remain-char-count', 'hyphenation-push-char-count', 'font-size', 'font-weight', 'font-style', 'font-variant',
      'text-transform', 'color', 'letter-spacing', 'text-shadow', 'page-width', 'page-height', 'min-height', 'min-width',
      'max-height', 'max-width', 'column-count', 'column-gap', 'wrap-option', 'start-indent', 'end-indent', 'space-before',
      'space-after'].map((name) => `fo:${name}`),
    ...['font-size-asian', 'font-size-complex', 'font-weight-asian', 'font-weight-complex', 'font-style-asian', 'font-style-complex',
      'text-underline-style', 'text-underline-width', 'text-underline-color', 'text-underline-type', 'text-underline-mode',
      'text-line-through-style', 'text-line-through-type', 'text-line-through-width', 'text-line-through-color',
      'text-line-through-mode', 'text-overline-style', 'text-overline-width', 'text-overline-color', 'text-position',
      'text-rotation-angle', 'text-scale', 'text-outline', 'font-relief', 'text-blinking', 'letter-kerning', 'use-window-font-color',
      'font-pitch', 'font-pitch-asian', 'font-pitch-complex', 'font-family-generic', 'font-family-generic-asian',
      'font-family-generic-complex', 'text-autospace', 'punctuation-wrap', 'line-break', 'writing-mode', 'vertical-align',
      'text-align-source', 'direction', 'line-spacing', 'line-height-at-least', 'font-independent-line-spacing', 'auto-text-indent',
      'tab-stop-distance', 'justify-single-word', 'snap-to-layout-grid', 'register-true', 'join-border', 'shadow',
      'border-line-width', 'border-line-width-top', 'border-line-width-bottom', 'border-line-width-left', 'border-line-width-right',
      'print-orientation', 'footnote-max-height', 'width', 'rel-width', 'may-break-between-rows', 'column-width', 'rel-column-width',
      'use-optimal-column-width', 'row-height', 'min-row-height', 'use-optimal-row-height', 'repeat-content', 'rotation-angle',
      'rotation-align', 'wrap', 'wrap-contour', 'wrap-contour-mode', 'number-wrapped-paragraphs', 'run-through', 'vertical-pos',
      'vertical-rel', 'horizontal-pos', 'horizontal-rel', 'mirror', 'flow-with-text', 'print-content', 'wrap-dynamic-threshold',
      'font-size-rel', 'shrink-to-fit', 'text-combine', 'text-emphasize', 'position', 'type', 'leader-style', 'leader-type',
      'leader-width', 'leader-color', 'rel-height', 'distance', 'lines', 'length', 'adjustment', 'line-style', 'distance-before-sep',
      'distance-after-sep', 'dynamic-spacing', 'background-transparency', 'layout-grid-mode', 'contextual-spacing',
      'color', 'font-charset', 'font-charset-asian', 'font-charset-complex'].map(
      (name) => `style:${name}`),
    ...['align', 'border-model', 'display', 'align-as'].map((name) => `table:${name}`),
    ...['anchor-type', 'number-lines', 'line-number', 'space-before', 'min-label-width', 'min-label-distance',
      'list-level-position-and-space-mode', 'label-followed-by', 'list-tab-stop-position'].map((name) => `text:${name}`),
    ...['fill', 'fill-color', 'opacity', 'textarea-vertical-align', 'textarea-horizontal-align', 'wrap-influence-on-position',
      'luminance', 'contrast', 'gamma', 'red', 'green', 'blue', 'color-mode', 'image-opacity', 'auto-grow-height', 'stroke',
      'shadow', 'shadow-offset-x', 'shadow-offset-y', 'shadow-color', 'shadow-opacity'].map((name) => `draw:${name}`),
    ...['stroke-color', 'stroke-width', 'x', 'y', 'width', 'height'].map((name) => `svg:${name}`),
  ].map((name) => [name, 'property' as ValueRule]),
);
Object.assign(formattingAttributes, {
  'style:font-name': 'font', 'style:font-name-asian': 'font', 'style:font-name-complex': 'font',
  'fo:font-family': 'fontFamily', 'style:font-family-asian': 'fontFamily', 'style:font-family-complex': 'fontFamily',
  'style:num-format': 'numFormat', 'style:num-prefix': 'affix', 'style:num-suffix': 'affix',
  'style:page-number': 'pageStart', 'style:first-page-number': 'pageStart',
  'fo:language': 'language', 'fo:country': 'language', 'fo:script': 'language', 'style:language-asian': 'language',
  'style:country-asian': 'language', 'style:language-complex': 'language', 'style:country-complex': 'language',
});

const properties: ElementRule = { attributes: formattingAttributes };

/** What holds paragraphs, headings, lists, tables and sections (not a covered cell: its neighbour's span hides it). */
const blocks: ReadonlySet<string> = new Set([
  'office:text', 'text:section', 'text:list-item', 'text:list-header', 'table:table-cell', 'text:note-body',
  'style:header', 'style:footer', 'style:header-left', 'style:footer-left', 'style:header-first', 'style:footer-first',
]);
/** What holds spans, links, notes, fields and pictures. */
const inline: ReadonlySet<string> = new Set(['text:p', 'text:h', 'text:span', 'text:a']);
const within = (...parents: string[]): ReadonlySet<string> => new Set(parents);
const paragraphAttributes = { 'text:style-name': 'style', 'text:cond-style-name': 'style' } as const;
const listLevel = {
  'text:level': 'int', 'text:style-name': 'style', 'style:num-format': 'numFormat', 'style:num-prefix': 'affix',
  'style:num-suffix': 'affix', 'text:display-levels': 'int', 'text:start-value': 'start',
} as const;
const sectionContent: ElementRule = { attributes: {} };
const cellSpan = { 'table:style-name': 'style', 'table:number-columns-spanned': 'int', 'table:number-rows-spanned': 'int', 'table:number-columns-repeated': 'int' } as const;

/** Kept elements by our prefix and local name, with the attributes each keeps. */
export const odfElements: ReadonlyMap<string, ElementRule> = new Map(
  Object.entries<ElementRule>({
    'office:document-content': { attributes: { 'office:version': 'version' } },
    'office:document-styles': { attributes: { 'office:version': 'version' } },
    'office:font-face-decls': sectionContent,
    'office:styles': sectionContent,
    'office:automatic-styles': sectionContent,
    'office:master-styles': { attributes: {}, within: within('office:document-styles') },
    'office:body': { attributes: {}, within: within('office:document-content') },
    'office:text': { attributes: {}, within: within('office:body') },

    'style:font-face': { attributes: { 'style:name': 'font', 'svg:font-family': 'fontFamily', 'style:font-family-generic': 'property', 'style:font-pitch': 'property',
        'style:font-charset': 'property' } },
    'style:default-style': { attributes: { 'style:family': 'property' } },
    'style:style': {
      attributes: {
        'style:name': 'style', 'style:family': 'property', 'style:parent-style-name': 'style', 'style:next-style-name': 'style',
        'style:list-style-name': 'style', 'style:master-page-name': 'style', 'style:class': 'property',
        'style:default-outline-level': 'int', 'style:list-level': 'int', 'style:auto-update': 'bool',
      },
    },
    ...Object.fromEntries(
      ['paragraph', 'text', 'table', 'table-column', 'table-row', 'table-cell', 'graphic', 'page-layout', 'header-footer', 'section', 'list-level']
        .map((family) => [`style:${family}-properties`, properties]),
    ),
    'style:tab-stops': sectionContent,
    'style:tab-stop': properties,
    'style:columns': properties,
    'style:column': properties,
    'style:column-sep': properties,
    'style:drop-cap': properties,
    'style:list-level-label-alignment': properties,
    'style:footnote-sep': properties,
    'style:default-page-layout': sectionContent,
    'style:page-layout': { attributes: { 'style:name': 'style', 'style:page-usage': 'property' } },
    'style:header-style': sectionContent,
    'style:footer-style': sectionContent,
    'style:master-page': {
      attributes: { 'style:name': 'style', 'style:page-layout-name': 'style', 'style:next-style-name': 'style' },
      within: within('office:master-styles'),
    },
    ...Object.fromEntries(
      ['header', 'footer', 'header-left', 'footer-left', 'header-first', 'footer-first']
        .map((part) => [`style:${part}`, { attributes: { 'style:display': 'bool' }, within: within('style:master-page') }]),
    ),

    'text:outline-style': { attributes: { 'style:name': 'style' } },
    'text:outline-level-style': { attributes: listLevel },
    'text:list-style': { attributes: { 'style:name': 'style', 'text:consecutive-numbering': 'bool' } },
    'text:list-level-style-number': { attributes: listLevel },
    'text:list-level-style-bullet': { attributes: { ...listLevel, 'text:bullet-char': 'bulletChar', 'text:bullet-relative-size': 'property' } },
    'text:notes-configuration': {
      attributes: {
        'text:note-class': 'property', 'text:citation-style-name': 'style', 'text:citation-body-style-name': 'style',
        'text:default-style-name': 'style', 'text:master-page-name': 'style', 'style:num-format': 'numFormat',
        'style:num-prefix': 'affix', 'style:num-suffix': 'affix', 'text:start-value': 'start', 'text:footnotes-position': 'property',
        'text:start-numbering-at': 'property',
      },
    },
    'text:linenumbering-configuration': {
      attributes: {
        'text:style-name': 'style', 'text:number-lines': 'bool', 'text:offset': 'property', 'style:num-format': 'numFormat',
        'text:number-position': 'property', 'text:increment': 'int', 'text:restart-on-page': 'bool', 'text:count-empty-lines': 'bool',
      },
    },

    // The essay's text.
    'text:p': { attributes: paragraphAttributes, text: 'inline', within: blocks },
    'text:h': {
      attributes: { ...paragraphAttributes, 'text:outline-level': 'int', 'text:is-list-header': 'bool', 'text:restart-numbering': 'bool', 'text:start-value': 'start' },
      text: 'inline',
      within: blocks,
    },
    'text:span': { attributes: { 'text:style-name': 'style' }, text: 'inline', within: inline },
    // Only a link to a place in the document stays a link (the rebuilder unwraps the others).
    'text:a': { attributes: { 'xlink:type': 'property', 'text:style-name': 'style', 'text:visited-style-name': 'style' }, text: 'inline', within: inline },
    'text:s': { attributes: { 'text:c': 'spaces' } },
    'text:tab': { attributes: {} },
    'text:line-break': { attributes: {} },
    'text:soft-page-break': { attributes: {} },
    'text:list': { attributes: { 'text:style-name': 'style', 'text:continue-numbering': 'bool' }, within: blocks },
    'text:list-item': { attributes: { 'text:start-value': 'start', 'text:style-override': 'style' }, within: within('text:list') },
    'text:list-header': { attributes: {}, within: within('text:list') },
    'text:section': { attributes: { 'text:name': 'name', 'text:style-name': 'style' }, within: blocks },
    'text:note': { attributes: { 'text:note-class': 'property', 'text:id': 'name' }, within: inline },
    'text:note-citation': { attributes: {}, text: 'digits', within: within('text:note') },
    'text:note-body': { attributes: {}, within: within('text:note') },
    'text:bookmark': { attributes: { 'text:name': 'name' } },
    'text:bookmark-start': { attributes: { 'text:name': 'name' } },
    'text:bookmark-end': { attributes: { 'text:name': 'name' } },
    'text:reference-mark': { attributes: { 'text:name': 'name' } },
    'text:reference-mark-start': { attributes: { 'text:name': 'name' } },
    'text:reference-mark-end': { attributes: { 'text:name': 'name' } },
    'text:bookmark-ref': { attributes: { 'text:ref-name': 'name', 'text:reference-format': 'property' }, text: 'inline', within: inline },
    'text:reference-ref': { attributes: { 'text:ref-name': 'name', 'text:reference-format': 'property' }, text: 'inline', within: inline },
    'text:note-ref': {
      attributes: { 'text:ref-name': 'name', 'text:note-class': 'property', 'text:reference-format': 'property' },
      text: 'inline',
      within: inline,
    },
    'text:page-number': {
      attributes: { 'text:select-page': 'property', 'text:page-adjust': 'start', 'style:num-format': 'numFormat' },
      text: 'digits',
      within: inline,
    },
    'text:page-count': { attributes: { 'style:num-format': 'numFormat' }, text: 'digits', within: inline },

    'table:table': { attributes: { 'table:name': 'name', 'table:style-name': 'style' }, within: blocks },
    'table:table-columns': sectionContent,
    'table:table-header-columns': sectionContent,
    'table:table-rows': { attributes: {}, within: within('table:table') },
    'table:table-header-rows': { attributes: {}, within: within('table:table') },
    'table:table-column': { attributes: { 'table:style-name': 'style', 'table:number-columns-repeated': 'int', 'table:default-cell-style-name': 'style' } },
    'table:table-row': {
      attributes: { 'table:style-name': 'style', 'table:number-rows-repeated': 'int', 'table:default-cell-style-name': 'style' },
      within: within('table:table', 'table:table-rows', 'table:table-header-rows'),
    },
    // A cell keeps its paragraphs (what it shows), not its formula, value or protection.
    'table:table-cell': { attributes: cellSpan, within: within('table:table-row') },
    'table:covered-table-cell': { attributes: cellSpan, within: within('table:table-row') },

    // Pictures in frames; a frame's name is replaced by the rebuilder (Writer names a picture after its file). Not text
    // boxes: extract-odt.ts reads no frame, so neither the identity warning nor the web viewer saw their words, which LibreOffice shows.
    'draw:frame': {
      attributes: {
        'draw:style-name': 'style', 'text:anchor-type': 'property', 'text:anchor-page-number': 'int', 'svg:width': 'property',
        'svg:height': 'property', 'svg:x': 'property', 'svg:y': 'property', 'style:rel-width': 'property',
        'style:rel-height': 'property', 'draw:z-index': 'int', 'fo:min-width': 'property', 'fo:min-height': 'property',
      },
      // Anchored to a character or paragraph, or (written in the body) to a page.
      within: new Set([...inline, ...blocks]),
    },
    'draw:image': { attributes: { 'xlink:type': 'property', 'xlink:show': 'property', 'xlink:actuate': 'property' }, within: within('draw:frame') },
  }),
);

/** A page's margins, in a master page: what LibreOffice shows on every page of it. */
export const pageMargins: ReadonlySet<string> = new Set([
  'style:header', 'style:footer', 'style:header-left', 'style:footer-left', 'style:header-first', 'style:footer-first',
]);

/**
 * What a page's margin keeps (margin-text.ts): paragraphs, spans and tables for their layout, and
 * the page-number and page-count fields. Everything else goes with its content, not unwrapped:
 * pictures, text boxes and shapes (a unit's logo), notes, links, lists (a list's number is any
 * number the author starts it at) and every other field (dates, chapters, the author's own).
 */
export const marginElements: ReadonlySet<string> = new Set([
  'text:p', 'text:h', 'text:span', 'text:s', 'text:tab', 'text:line-break', 'text:soft-page-break', 'text:page-number', 'text:page-count',
  'table:table', 'table:table-columns', 'table:table-header-columns', 'table:table-column', 'table:table-rows', 'table:table-header-rows',
  'table:table-row', 'table:table-cell', 'table:covered-table-cell',
]);

/**
 * Elements whose shown text is the entrant's and stays, without the element: a link leaving the
 * document (its address is theirs), metadata wrappers, captions' numbers, text inputs, drop-downs
 * and conditional text as shown, formulas' results, dates, chapter names and statistics, and
 * generated indexes (their entries repeat the headings; the index settings go).
 */
export const transparentElements: ReadonlySet<string> = new Set([
  'text:a', 'draw:a', 'text:meta', 'text:meta-field', 'text:sequence', 'text:sequence-ref', 'text:conditional-text', 'text:text-input',
  'text:drop-down', 'text:placeholder', 'text:expression', 'text:table-formula', 'text:date', 'text:time', 'text:chapter',
  'text:page-continuation', 'text:word-count', 'text:character-count', 'text:paragraph-count', 'text:page-variable-get',
  'text:table-of-content', 'text:illustration-index', 'text:table-index', 'text:object-index', 'text:user-index',
  'text:alphabetical-index', 'text:bibliography', 'text:index-body', 'text:index-title', 'text:ruby', 'text:ruby-base',
  'text:bibliography-mark',
]);
