import { describe, expect, test } from 'vitest';
import { decodeEntities } from '@guong-sang/text';
import { type Block, cleanText, htmlBlocks, type Run } from './html-blocks.ts';

const plain: Run = { text: '', bold: false, italic: false, underline: false, strike: false, href: null };
const r = (text: string, style: Partial<Run> = {}): Run => ({ ...plain, ...style, text });
const p = (...runs: Run[]): Block => ({ kind: 'p', runs, quote: 0, depth: 0, marker: '' });

const cases: [string, string, Block[]][] = [
  ['plain paragraph', '<p>Gương sáng</p>', [p(r('Gương sáng'))]],
  [
    'nested bold and italic in a paragraph',
    '<p>Bác <strong>dạy <em>chúng ta</em></strong> rằng</p>',
    [p(r('Bác '), r('dạy ', { bold: true }), r('chúng ta', { bold: true, italic: true }), r(' rằng'))],
  ],
  ['b/i/u/s', '<p><b>a</b><i>b</i><u>c</u><s>d</s></p>', [p(r('a', { bold: true }), r('b', { italic: true }), r('c', { underline: true }), r('d', { strike: true }))]],
  ['entities, named and numeric', '<p>a &amp; b &lt;c&gt; &quot;d&quot; &#7889; &#x1ED1; &nbsp;e &bogus; &#0;</p>', [p(r('a & b <c> "d" ố ố \u00a0e &bogus; &#0;'))]],
  ['whitespace collapses, also across runs', '<p>  một \n  <b> hai </b>  ba  </p>', [p(r('một '), r('hai ', { bold: true }), r('ba'))]],
  ['br is a line break without spaces around it', '<p>dòng một <br> dòng hai<br/><br />dòng bốn</p>', [p(r('dòng một\ndòng hai\n\ndòng bốn'))]],
  ['links keep their text and address', '<p>Xem <a href="https://e.vn/?a=1&amp;b=2" rel="noopener">trang <b>này</b></a>.</p>', [
    p(r('Xem '), r('trang ', { href: 'https://e.vn/?a=1&b=2' }), r('này', { bold: true, href: 'https://e.vn/?a=1&b=2' }), r('.')),
  ]],
  ['headings', '<h2>Phần một</h2><h3>Mục <i>a</i></h3>', [
    { kind: 'h2', runs: [r('Phần một')], quote: 0, depth: 0, marker: '' },
    { kind: 'h3', runs: [r('Mục '), r('a', { italic: true })], quote: 0, depth: 0, marker: '' },
  ]],
  ['bullet list, items with and without <p>', '<ul><li><p>một</p></li><li>hai</li></ul>', [
    { kind: 'li', runs: [r('một')], quote: 0, depth: 1, marker: '•' },
    { kind: 'li', runs: [r('hai')], quote: 0, depth: 1, marker: '•' },
  ]],
  ['numbered list with a nested bullet list', '<ol><li>một<ul><li>a</li></ul></li><li>hai</li></ol><ol><li>lại</li></ol>', [
    { kind: 'li', runs: [r('một')], quote: 0, depth: 1, marker: '1.' },
    { kind: 'li', runs: [r('a')], quote: 0, depth: 2, marker: '•' },
    { kind: 'li', runs: [r('hai')], quote: 0, depth: 1, marker: '2.' },
    { kind: 'li', runs: [r('lại')], quote: 0, depth: 1, marker: '1.' },
  ]],
  ['blockquote with two paragraphs', '<blockquote><p>một</p><p>hai</p></blockquote><p>ba</p>', [
    { ...p(r('một')), quote: 1 },
    { ...p(r('hai')), quote: 1 },
    p(r('ba')),
  ]],
  ['empty blocks vanish; loose text becomes a paragraph', '<p> </p><p><br></p>lạc<p></p>', [p(r('lạc'))]],
  ['crossed and stray tags degrade to text', '<p>x<b>y</p>z</i>', [p(r('x'), r('y', { bold: true })), p(r('z', { bold: true }))]],
  ['a stray < is text', '<p>1 < 2</p>', [p(r('1 < 2'))]],
  ['decomposed input comes out composed', '<p>Người</p>'.normalize('NFD'), [p(r('Người'))]],
];

describe('htmlBlocks', () => {
  test.each(cases)('%s', (_name, html, expected) => {
    expect(htmlBlocks(html)).toEqual(expected);
  });
});

describe('text helpers', () => {
  test('decodeEntities leaves unknown and invalid references alone', () => {
    expect(decodeEntities('&hellip;&mdash;&#xD800;&#1114112;&unknown;')).toBe('…—&#xD800;&#1114112;&unknown;');
  });
  test('cleanText: NFC, and the characters XML forbids are gone', () => {
    expect(cleanText('a\u0000b\u0001c\u000bd\tok\ufffe\ud800\u0085\u007f'.concat('Bác'.normalize('NFD'), '😀'))).toBe('abcd\tokBác😀');
  });
});
