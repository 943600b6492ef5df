import { escapeXml, xmlDate } from './xml';

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  lastmod?: string;
}

/** A sitemaps.org 0.9 `urlset`. Every value is escaped. */
export function buildSitemap(urls: readonly SitemapUrl[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
  ];
  for (const url of urls) {
    const lastmod = url.lastmod ? xmlDate(url.lastmod) : null;
    lines.push(
      `  <url><loc>${escapeXml(url.loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
    );
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** Pages that only signed-in people use: nothing there for a search engine. */
export const PRIVATE_PATHS = ['/organizer', '/judging', '/entries', '/api/'] as const;

/**
 * robots.txt: everything public may be crawled. `/api/public/` stays allowed although `/api/`
 * is not, so that link previews (X, Facebook) can fetch a story's photo; for crawlers the longest
 * matching rule wins.
 */
export function buildRobots(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Allow: /api/public/',
    ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${new URL('/sitemap.xml', origin).href}`,
    '',
  ].join('\n');
}
