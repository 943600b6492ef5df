import { describe, expect, it } from 'vitest';
import type { PublicStory } from '$lib/types';
import { articleJsonLd, jsonForScript, jsonLdScript } from './seo';

const story: PublicStory = {
  contest: { slug: 'guong-sang-2025', title: 'Gương sáng 2025', organizerTitle: 'Ban Tuyên giáo' },
  slug: 'chi-lan',
  code: 'GS-0001',
  title: 'Chị Lan </script><script>alert(1)</script>',
  tierName: 'Giải Nhất',
  displayName: 'Lan <!-- & -->',
  unitName: null,
  bodyHtml: '<p>…</p>',
  excerpt: 'Chị Lan & "em"',
  wordCount: 1234,
  publishedAt: '2025-05-20T02:00:00.000Z',
  photos: [],
  previous: null,
  next: null,
};

describe('jsonForScript', () => {
  it('leaves nothing that can close a script element or open a comment', () => {
    const text = jsonForScript({ a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'a & b' });
    expect(text).not.toMatch(/[<>&]/);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('is still the same JSON', () => {
    const value = { a: '</script>', b: 'Gương sáng\u2028\u2029', c: [1, 'x&y'], d: null };
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
  });
});

describe('jsonLdScript', () => {
  it('has exactly one script element however hostile the story', () => {
    const html = jsonLdScript(articleJsonLd(story, { canonical: 'https://example.org/s', images: [] }, 'Gương Sáng'));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html.endsWith('</script>')).toBe(true);
    const json = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(JSON.parse(json).headline).toBe(story.title);
  });
});

describe('articleJsonLd', () => {
  it('describes the story as a schema.org Article', () => {
    const ld = articleJsonLd(
      story,
      { canonical: 'https://example.org/showcase/guong-sang-2025/chi-lan', images: ['https://example.org/p/1'] },
      'Gương Sáng',
    );
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: story.title,
      author: { '@type': 'Person', name: story.displayName },
      datePublished: story.publishedAt,
      image: ['https://example.org/p/1'],
      publisher: { '@type': 'Organization', name: 'Ban Tuyên giáo' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/showcase/guong-sang-2025/chi-lan' },
      inLanguage: 'vi',
    });
  });

  it('leaves out image without photos and falls back to the site as publisher', () => {
    const ld = articleJsonLd(
      { ...story, contest: { ...story.contest, organizerTitle: '' } },
      { canonical: 'https://example.org/s', images: [] },
      'Gương Sáng',
    );
    expect('image' in ld).toBe(false);
    expect(ld.publisher.name).toBe('Gương Sáng');
  });
});
