import { escapeXml, xmlDate } from './xml';

/** One story in a feed. URLs are absolute; `contentHtml` is the API's sanitized HTML. */
export interface AtomEntry {
  url: string;
  title: string;
  authorName: string;
  published: string;
  updated?: string;
  category?: string;
  summary: string;
  contentHtml: string;
}

export interface AtomFeed {
  /** The page the feed stands for (its id and `alternate` link). */
  url: string;
  /** The feed's own address (`self`). */
  selfUrl: string;
  title: string;
  subtitle?: string;
  authorName: string;
  /** Used when there are no entries; otherwise the newest entry's date wins when later. */
  updated: string;
  language: string;
  generator: string;
  entries: AtomEntry[];
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** An Atom 1.0 document (RFC 4287). Every value is escaped; HTML goes in as escaped text. */
export function buildAtomFeed(feed: AtomFeed): string {
  const dates = [feed.updated, ...feed.entries.map((e) => e.updated ?? e.published)]
    .map((value) => xmlDate(value))
    .filter((value): value is string => value !== null)
    .sort();
  const updated = dates.at(-1) ?? EPOCH;
  const x = escapeXml;

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">`,
    `  <id>${x(feed.url)}</id>`,
    `  <title type="text">${x(feed.title)}</title>`,
  ];
  if (feed.subtitle) lines.push(`  <subtitle type="text">${x(feed.subtitle)}</subtitle>`);
  lines.push(
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.url)}"/>`,
    `  <author><name>${x(feed.authorName)}</name></author>`,
    `  <generator>${x(feed.generator)}</generator>`,
  );
  for (const entry of feed.entries) {
    const published = xmlDate(entry.published) ?? updated;
    const entryUpdated = (entry.updated && xmlDate(entry.updated)) || published;
    lines.push(
      '  <entry>',
      `    <id>${x(entry.url)}</id>`,
      `    <title type="text">${x(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(entry.url)}"/>`,
      `    <author><name>${x(entry.authorName)}</name></author>`,
      `    <published>${published}</published>`,
      `    <updated>${entryUpdated}</updated>`,
    );
    if (entry.category) lines.push(`    <category term="${x(entry.category)}"/>`);
    lines.push(
      `    <summary type="text">${x(entry.summary)}</summary>`,
      `    <content type="html">${x(entry.contentHtml)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
