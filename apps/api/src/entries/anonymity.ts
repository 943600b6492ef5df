import { getUser, listAttachments, type DbOrTx, type Entry } from '@guong-sang/db';
import { fold, legacyFontReadings, sanitizedHtmlToText } from '@guong-sang/text';
import { createHash } from 'node:crypto';

/** Who the entrant is, as it could betray them in their own text. */
export interface Identity {
  fullName: string;
  email: string;
  phone: string | null;
  unitName: string;
}

export interface TextSource {
  field: 'title' | 'subject' | 'body' | 'attachment';
  attachmentId: number | null;
  text: string;
}

export interface IdentityWarning {
  field: TextSource['field'];
  attachmentId: number | null;
  kind: 'name' | 'email' | 'phone' | 'unit';
  match: string;
  before: string;
  after: string;
}

const EXCERPT = 40;
/** Generic heads of unit names, folded (see fold). */
const UNIT_PREFIXES = /^(dang uy khoi|dang uy|dang bo|chi bo|cong doan)\s+/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Characters no page shows (soft hyphen, zero-width space and joiners, word joiner…): a mention
 * may hold them anywhere, `Nguy\u00ADễn` reads as Nguyễn to a judge. Patterns allow them only
 * for texts that hold one (the others are matched at the speed of plain patterns).
 */
const INVISIBLE_CHARACTER = /\p{Default_Ignorable_Code_Point}/u;
const INVISIBLE_GAP = '\\p{Default_Ignorable_Code_Point}*';
type Gap = '' | typeof INVISIBLE_GAP;

/** `text` as a pattern, with `gap` between its characters. */
const literally = (text: string, gap: Gap) => [...text].map(escapeRegExp).join(gap);

/** Matches `phrase` as whole words, any spacing, ignoring case and diacritics. */
function phrasePattern(phrase: string, gap: Gap): RegExp | undefined {
  const words = fold(phrase).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const spaced = words.map((word) => literally(word, gap)).join(`${gap}\\s+${gap}`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${spaced}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Phone digits with any separators between them. */
function phonePattern(phone: string, gap: Gap): RegExp | undefined {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return undefined;
  // Local numbers are often written with 0 instead of +84.
  const local = digits.startsWith('84') ? `0${digits.slice(2)}` : digits;
  const spaced = (d: string) => d.split('').join(`${gap}[\\s.\\-]?${gap}`);
  return new RegExp(`(?<!\\d)(?:${spaced(local)}|\\+?${spaced(digits)})(?!\\d)`, 'gu');
}

function patternsFor(identity: Identity, gap: Gap): [IdentityWarning['kind'], RegExp][] {
  const patterns: [IdentityWarning['kind'], RegExp | undefined][] = [
    ['name', phrasePattern(identity.fullName, gap)],
    ['email', new RegExp(literally(fold(identity.email), gap), 'gu')],
    ['phone', identity.phone ? phonePattern(identity.phone, gap) : undefined],
    ['unit', phrasePattern(identity.unitName, gap)],
  ];
  // "Đảng ủy Sở Tư pháp" is betrayed by "Sở Tư pháp" alone.
  const unitCore = fold(identity.unitName).replace(UNIT_PREFIXES, '');
  if (unitCore !== fold(identity.unitName) && unitCore.split(/\s+/).length >= 2) {
    patterns.push(['unit', phrasePattern(unitCore, gap)]);
  }
  return patterns.filter((p): p is [IdentityWarning['kind'], RegExp] => p[1] !== undefined);
}

/**
 * The ways a source's text may be shown. The body, title and subject come from the browser, in
 * Unicode. An attachment may hold text typed in an 8-bit Vietnamese font, in some lines or words
 * only (an office template's signature in .VnTime under a Unicode essay): Word shows it as
 * Vietnamese, while the text read from the file is Latin-1. So its readings in those fonts are
 * searched too (legacy-vietnamese-fonts.ts). Any text may be written in VIQR (Nguye^~n), which
 * reads as Vietnamese in every font.
 */
function readingsOf(source: TextSource): string[] {
  const text = source.text.normalize('NFC');
  return [text, ...legacyFontReadings(text, { inLegacyFonts: source.field === 'attachment' })];
}

/** The place of each character of `text` as the order of its word: a reading keeps the words where they are. */
function wordOrder(text: string): Int32Array {
  const order = new Int32Array(text.length);
  let word = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (/\s/.test(text[i]!) && i > 0 && !/\s/.test(text[i - 1]!)) word += 1;
    order[i] = word;
  }
  return order;
}

/** Every place where the entrant's own name, e-mail, phone or unit appears in their texts. */
export function findIdentityMentions(identity: Identity, sources: TextSource[]): IdentityWarning[] {
  const plainPatterns = patternsFor(identity, '');
  let invisiblePatterns: ReturnType<typeof patternsFor> | undefined;
  const warnings: IdentityWarning[] = [];
  for (const source of sources) {
    // One warning per place: "Sở Tư pháp" inside "Đảng ủy Sở Tư pháp" is the same mention, and so is a
    // name found in the text as read and again in a reading of it (places as words, the same in each).
    const covered: { reading: number; start: number; end: number; words: [number, number] }[] = [];
    const patterns = INVISIBLE_CHARACTER.test(source.text)
      ? (invisiblePatterns ??= patternsFor(identity, INVISIBLE_GAP))
      : plainPatterns;
    const readings = readingsOf(source);
    for (const [reading, text] of readings.entries()) {
      const folded = fold(text);
      // Words are counted only where a place may be found in two readings (most texts have one).
      const order = readings.length > 1 ? wordOrder(text) : undefined;
      for (const [kind, pattern] of patterns) {
        for (const match of folded.matchAll(pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          const words: [number, number] = order ? [order[start]!, order[end - 1]!] : [0, 0];
          // In the same reading by characters ("mail@x.vn,0903123456" holds two), in another by words.
          if (covered.some((place) => (place.reading === reading
            ? start < place.end && place.start < end
            : words[0] <= place.words[1] && place.words[0] <= words[1]))) continue;
          covered.push({ reading, start, end, words });
          warnings.push({
            field: source.field,
            attachmentId: source.attachmentId,
            kind,
            match: text.slice(start, end),
            // Within the mention's own paragraph: the one a legacy font shows, when it is read as one.
            before: text.slice(Math.max(0, start - EXCERPT), start).replace(/^[^]*\n/, ''),
            after: text.slice(end, end + EXCERPT).replace(/\n[^]*$/, ''),
          });
        }
      }
    }
  }
  return warnings;
}

/**
 * Recent answers, by a digest of everything an answer depends on: the submit page asks for the
 * warnings and the submission answers with them again for the same text a moment later, and folding
 * and matching a long essay costs more than the rest of a submission. Only short answers are kept,
 * so the memory stays small whatever the texts hold.
 */
const recentWarnings = new Map<string, IdentityWarning[]>();
const RECENT_ANSWERS = 2000;
const WARNINGS_WORTH_KEEPING = 20;

/** Where `entry` names its author: its title, subject, text, the text of its attachments and its photos' captions (judges see them). */
export function entryIdentityWarnings(
  db: DbOrTx,
  entry: Entry,
  author: { id: string; fullName: string; email: string; unitName: string },
): IdentityWarning[] {
  const identity: Identity = { fullName: author.fullName, email: author.email, phone: getUser(db, author.id)?.phone ?? null, unitName: author.unitName };
  const attachments = listAttachments(db, entry.id).filter((a) => a.extractedText || a.altText);
  const digest = createHash('sha256')
    .update(JSON.stringify([identity, entry.title, entry.subject, entry.body, attachments.map((a) => [a.id, a.extractedText, a.altText])]))
    .digest('base64');
  const recent = recentWarnings.get(digest);
  if (recent) {
    recentWarnings.delete(digest);
    recentWarnings.set(digest, recent);
    return structuredClone(recent);
  }
  const warnings = findIdentityMentions(identity, [
    { field: 'title', attachmentId: null, text: entry.title },
    { field: 'subject', attachmentId: null, text: entry.subject },
    // Stored bodies are sanitized on save: only their text is needed, not a second sanitizing pass.
    { field: 'body', attachmentId: null, text: sanitizedHtmlToText(entry.body) },
    ...attachments.flatMap((a) => [a.extractedText ?? '', a.altText].filter(Boolean).map((text) => ({ field: 'attachment' as const, attachmentId: a.id, text }))),
  ]);
  if (warnings.length <= WARNINGS_WORTH_KEEPING) {
    recentWarnings.set(digest, structuredClone(warnings));
    if (recentWarnings.size > RECENT_ANSWERS) recentWarnings.delete(recentWarnings.keys().next().value!);
  }
  return warnings;
}
