import type { PublicStory } from '$lib/types';

/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify alone is not enough:
 * a title containing `</script>` would close the element and let the rest be read as HTML.
 * Escaping `<`, `>` and `&` as JSON unicode escapes keeps the same data and leaves nothing an
 * HTML parser can act on inside the element; U+2028/U+2029 are escaped for old JS parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The complete element, ready for `{@html}` in `<svelte:head>`. */
export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">${jsonForScript(value)}</script>`;
}

/** schema.org Article for a published story; URLs absolute. */
export function articleJsonLd(
  story: PublicStory,
  urls: { canonical: string; images: string[] },
  siteName: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: story.title,
    description: story.excerpt,
    author: { '@type': 'Person', name: story.displayName },
    datePublished: story.publishedAt,
    dateModified: story.publishedAt,
    ...(urls.images.length > 0 ? { image: urls.images } : {}),
    publisher: { '@type': 'Organization', name: story.contest.organizerTitle || siteName },
    mainEntityOfPage: { '@type': 'WebPage', '@id': urls.canonical },
    isPartOf: { '@type': 'CreativeWorkSeries', name: story.contest.title },
    inLanguage: 'vi',
    wordCount: story.wordCount,
  };
}
