import { getUser, listAttachments, type DbOrTx, type Entry } from '@guong-sang/db';
import { fold, readAsTcvn3, readAsVni, sanitizedHtmlToText } from '@guong-sang/text';
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

/** Matches `phrase` as whole words, any spacing, ignoring case and diacritics. */
function phrasePattern(phrase: string): RegExp | undefined {
  const words = fold(phrase).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Phone digits with any separators between them. */
function phonePattern(phone: string): RegExp | undefined {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return undefined;
  // Local numbers are often written with 0 instead of +84.
  const local = digits.startsWith('84') ? `0${digits.slice(2)}` : digits;
  const spaced = (d: string) => d.split('').join('[\\s.\\-]?');
  return new RegExp(`(?<!\\d)(?:${spaced(local)}|\\+?${spaced(digits)})(?!\\d)`, 'g');
}

function patternsFor(identity: Identity): [IdentityWarning['kind'], RegExp][] {
  const patterns: [IdentityWarning['kind'], RegExp | undefined][] = [
    ['name', phrasePattern(identity.fullName)],
    ['email', new RegExp(escapeRegExp(fold(identity.email)), 'g')],
    ['phone', identity.phone ? phonePattern(identity.phone) : undefined],
    ['unit', phrasePattern(identity.unitName)],
  ];
  // "Đảng ủy Sở Tư pháp" is betrayed by "Sở Tư pháp" alone.
  const unitCore = fold(identity.unitName).replace(UNIT_PREFIXES, '');
  if (unitCore !== fold(identity.unitName) && unitCore.split(/\s+/).length >= 2) {
    patterns.push(['unit', phrasePattern(unitCore)]);
  }
  return patterns.filter((p): p is [IdentityWarning['kind'], RegExp] => p[1] !== undefined);
}

/**
 * The ways a source's text may be shown. The body, title and subject come from the browser, in
 * Unicode. An attachment may hold text typed in an 8-bit Vietnamese font: Word shows it as
 * Vietnamese, while the text read from the file is Latin-1. So its readings in TCVN3 and VNI fonts
 * are searched too (legacy-vietnamese-fonts.ts).
 */
function readingsOf(source: TextSource): string[] {
  const text = source.text.normalize('NFC');
  return source.field === 'attachment' ? [...new Set([text, readAsTcvn3(text), readAsVni(text)])] : [text];
}

/** Every place where the entrant's own name, e-mail, phone or unit appears in their texts. */
export function findIdentityMentions(identity: Identity, sources: TextSource[]): IdentityWarning[] {
  const patterns = patternsFor(identity);
  const mentionsIn = (source: TextSource, text: string): IdentityWarning[] => {
    const mentions: IdentityWarning[] = [];
    const folded = fold(text);
    // One warning per place: "Sở Tư pháp" inside "Đảng ủy Sở Tư pháp" is the same mention.
    const covered: [number, number][] = [];
    for (const [kind, pattern] of patterns) {
      for (const match of folded.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (covered.some(([from, to]) => start < to && from < end)) continue;
        covered.push([start, end]);
        mentions.push({
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
    return mentions;
  };
  // The reading that shows the most mentions, the text as read when they tie: a file is typed in one font or another.
  return sources.flatMap((source) => readingsOf(source).map((text) => mentionsIn(source, text))
    .reduce((most, mentions) => (mentions.length > most.length ? mentions : most)));
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
