import { describe, expect, test } from 'vitest';
import { countWords, plainTextToHtml } from '@guong-sang/text';
import { essayHtmlForJudges, htmlToText, sanitizeEssayHtml } from './html.ts';
import { fixture } from './test-helpers.ts';

const rel = 'rel="noopener noreferrer nofollow"';

describe('sanitizeEssayHtml', () => {
  test.each([
    ['plain paragraph', '<p>Gương sáng</p>', '<p>Gương sáng</p>'],
    ['allowed inline marks', '<p><strong>a</strong> <b>b</b> <em>c</em> <i>d</i> <u>e</u> <s>f</s></p>', '<p><strong>a</strong> <b>b</b> <em>c</em> <i>d</i> <u>e</u> <s>f</s></p>'],
    ['lists and quotes', '<ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>ba</blockquote>', '<ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>ba</blockquote>'],
    ['headings mapped to the editor’s two levels', '<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h6>E</h6>', '<h2>A</h2><h2>B</h2><h3>C</h3><h3>D</h3><h3>E</h3>'],
    ['line break', '<p>a<br>b</p>', '<p>a<br />b</p>'],
    ['script removed with its content', '<p>x</p><script>alert(1)</script>', '<p>x</p>'],
    ['style removed with its content', '<style>p{color:red}</style><p>x</p>', '<p>x</p>'],
    ['iframe removed', '<iframe src="https://evil.example"></iframe><p>x</p>', '<p>x</p>'],
    ['svg removed with its content', '<svg><script>alert(1)</script><text>t</text></svg><p>x</p>', '<p>x</p>'],
    ['image removed', '<p><img src="x" onerror="alert(1)">x</p>', '<p>x</p>'],
    ['event handlers removed', '<p onclick="alert(1)" onmouseover="x()">x</p>', '<p>x</p>'],
    ['style and class removed', '<p style="color:red" class="c" id="i">x</p>', '<p>x</p>'],
    ['http link gains rel', '<a href="https://example.com/a?b=1">x</a>', `<a href="https://example.com/a?b=1" ${rel}>x</a>`],
    ['mailto link', '<a href="mailto:ban@to-chuc.vn">x</a>', `<a href="mailto:ban@to-chuc.vn" ${rel}>x</a>`],
    ['javascript: link unlinked, text kept', '<a href="javascript:alert(1)">x</a>', 'x'],
    ['obfuscated javascript: unlinked', '<a href="java&#x09;script:alert(1)">x</a>', 'x'],
    ['upper-case JAVASCRIPT: unlinked', '<a href=" JAVASCRIPT:alert(1)">x</a>', 'x'],
    ['data: link unlinked', '<a href="data:text/html,<script>alert(1)</script>">x</a>', 'x'],
    ['file: link unlinked', '<a href="file:///etc/passwd">x</a>', 'x'],
    ['relative link unlinked', '<a href="/api/me">x</a>', 'x'],
    ['protocol-relative link unlinked', '<a href="//evil.example">x</a>', 'x'],
    ['link attributes other than href dropped, rel forced', '<a href="https://a.vn" target="_blank" rel="opener" onclick="x()">x</a>', `<a href="https://a.vn/" ${rel}>x</a>`],
    ['div becomes paragraph', '<div>a</div><div>b</div>', '<p>a</p><p>b</p>'],
    ['text escaped', '<p>1 &lt; 2 &amp; "x"</p>', '<p>1 &lt; 2 &amp; "x"</p>'],
    ['NFD input comes out NFC', '<p>Gu\u031Bo\u031Bng sa\u0301ng</p>', '<p>Gương sáng</p>'],
    // Issue 10, class 1: NFC after sanitizing composed `>` + U+0338 into `≯` and re-opened the tag.
    ['a combining solidus after a tag stays text', '<p>&#x338;onfocus=alert(1) autofocus tabindex=0 x</p>', '<p>&#x338;onfocus=alert(1) autofocus tabindex=0 x</p>'],
    ['a combining solidus after a closing tag stays text', '<p>x</p>&#824;<b>y</b>', '<p>x</p>&#x338;<b>y</b>'],
    ['marks reordered before the solidus stay text', '<p>&#x301;&#x338;x</p>', '<p>&#x338;&#x301;x</p>'],
    ['characters that decompose into markup are references', '<p>≯ ≮ ≠ ＜script＞</p>', '<p>&#x226f; &#x226e; &#x2260; &#xff1c;script&#xff1e;</p>'],
    // Issue 10, class 10: a dropped link left the next one open to the end of the text.
    ['a dropped link does not leave the next one open', '<p><a href="javascript:alert(1)">a</a> <a href="https://a.vn">b</a> c</p>', `<p>a <a href="https://a.vn/" ${rel}>b</a> c</p>`],
    ['a link inside a link is unlinked', '<a href="https://a.vn">x<a href="https://b.vn">y</a></a>z', `<a href="https://a.vn/" ${rel}>x</a><a href="https://b.vn/" ${rel}>y</a>z`],
    ['unclosed tags are closed', '<p><b>x<i>y', '<p><b>x<i>y</i></b></p>'],
    ['a block inside a paragraph is set off by a line break', '<p>a<span><blockquote>b</blockquote></span>c</p>', '<p>a<br />b<br />c</p>'],
    ['stray text in a list becomes an item', '<ul>x<li>y</li></ul>', '<ul><li>x</li><li>y</li></ul>'],
    ['table cells become paragraphs', '<table><tr><td>a</td><td>b</td></tr></table>', '<p>a</p><p>b</p>'],
    ['comments and processing instructions dropped', '<p>a<!-- <script>x</script> -->b<?php x ?></p>', '<p>ab</p>'],
    ['a paragraph starting with a combining solidus is kept', '<p>Đoạn 1</p><p>\u0338 ký hiệu</p><p>Đoạn 3</p>', '<p>Đoạn 1</p><p>&#x338; ký hiệu</p><p>Đoạn 3</p>'],
    // A control character dropped later (the Atom feed) would bring `>` and the mark together.
    ['controls and lone surrogates are dropped before parsing', '<p>\u0001\u0338 onmouseover=alert(1) x\ud800</p>\u007f\u0085', '<p>&#x338; onmouseover=alert(1) x</p>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeEssayHtml(input)).toBe(expected);
  });
});

describe('hostile nesting', () => {
  test('a megabyte of nested tags is refused with a message, not worked through', () => {
    expect(() => sanitizeEssayHtml('<b>'.repeat(340_000))).toThrow(expect.objectContaining({ code: 'html_too_deep', statusCode: 400 }));
    expect(() => sanitizeEssayHtml('<ul><li>'.repeat(150))).toThrow(expect.objectContaining({ code: 'html_too_deep' }));
  });

  test('nesting a word processor writes, and 130,000 siblings inside dropped elements, are fine', () => {
    expect(sanitizeEssayHtml(`${'<blockquote>'.repeat(60)}x${'</blockquote>'.repeat(60)}`)).toBe(`${'<blockquote>'.repeat(60)}x${'</blockquote>'.repeat(60)}`);
    const html = sanitizeEssayHtml(`<p><span>${'<br>'.repeat(130_000)}</span><a href="javascript:x">${'y'.repeat(10)}</a></p>`);
    expect(html.match(/<br \/>/g)).toHaveLength(130_000);
  });
});

describe('htmlToText', () => {
  test.each([
    ['paragraphs separated by a blank line', '<h2>Tựa</h2><p>Một</p><p>Hai</p>', 'Tựa\n\nMột\n\nHai'],
    ['line break kept as newline', '<p>a<br>b</p>', 'a\nb'],
    ['whitespace collapsed', '<p>  a \n\t b  </p>', 'a b'],
    ['entities decoded', '<p>1 &lt; 2 &amp; &quot;x&quot;&nbsp;y</p>', '1 < 2 & "x" y'],
    ['list items on their own', '<ul><li>một</li><li>hai</li></ul>', 'một\n\nhai'],
    ['script text never appears', '<p>a</p><script>b</script>', 'a'],
    ['NFD to NFC', '<p>Gu\u031Bo\u031Bng</p>', 'Gương'],
  ])('%s', (_name, input, expected) => {
    expect(htmlToText(input)).toBe(expected);
  });
});

describe('plain text in, plain text out', () => {
  test('essay-03 typed on an NFD keyboard comes out as the NFC essay', () => {
    const nfd = fixture('essays/essay-03-nfd.txt').toString('utf8');
    const nfc = fixture('essays/essay-03.txt').toString('utf8');
    expect(nfd).not.toBe(nfc);
    const text = htmlToText(sanitizeEssayHtml(plainTextToHtml(nfd)));
    expect(text).toBe(nfc.trim());
    expect(countWords(text)).toBe(countWords(nfc));
    expect(countWords(nfc)).toBe(300);
  });
});

// Found by a review of what judges see: a link's address (mailto:hong.nhung@…, the author's own site) showed
// on hover in the judge's reader, and the identity warning reads only text; the DOCX and ODT copies already
// keep a link's text, not its address.
describe('essayHtmlForJudges', () => {
  test('keeps a link\'s text, not its address', () => {
    const stored = sanitizeEssayHtml('<p>Liên hệ <a href="mailto:hong.nhung@sotuphap.gov.vn">chị <strong>Nhung</strong></a> hoặc <a href="https://nhung.example/">trang riêng</a>.</p><ul><li><a href="https://a.example">một</a></li></ul>');
    expect(stored).toContain('mailto:');
    expect(essayHtmlForJudges(stored)).toBe('<p>Liên hệ chị <strong>Nhung</strong> hoặc trang riêng.</p><ul><li>một</li></ul>');
  });
});
