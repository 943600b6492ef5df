import { describe, expect, test } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown (contest descriptions and rules)', () => {
  test('a combining solidus after a tag cannot re-open it when the page is normalized', () => {
    const html = renderMarkdown('\u0338 onfocus=alert(1) autofocus\n\n&#x338;x');
    expect(html).toBe('<p>&#x338; onfocus=alert(1) autofocus</p>\n<p>&#x338;x</p>\n');
    expect(html.normalize('NFC')).toBe(html);
  });

  test('raw HTML and script links are not rendered', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](https://a.vn)');
    expect(html).not.toMatch(/<img|<[^>]*onerror|href="javascript/i);
    expect(html).toContain('<a href="https://a.vn" rel="noopener noreferrer nofollow">b</a>');
  });
});
