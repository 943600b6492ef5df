// The essay every simulated entrant submits: real Vietnamese prose from the shared fixtures.
import { countWords, plainTextToHtml } from '@guong-sang/text';
import { readFileSync } from 'node:fs';

export const FIXTURES = new URL('../../shared/fixtures/', import.meta.url);

const fixtureText = (name: string) => readFileSync(new URL(`essays/${name}`, FIXTURES), 'utf8').normalize('NFC');

/**
 * Paragraphs of the three fixture essays, in order (repeating if needed), until `minWords` is
 * reached, as the editor's HTML (`<p>` per paragraph).
 */
export function essayHtml(minWords = 800): { html: string; words: number; bytes: number } {
  const paragraphs = ['essay-01.txt', 'essay-02.txt', 'essay-03.txt']
    .flatMap((name) => fixtureText(name).split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  const chosen: string[] = [];
  let words = 0;
  for (let i = 0; words < minWords && i < 10 * paragraphs.length; i++) {
    const paragraph = paragraphs[i % paragraphs.length] ?? '';
    chosen.push(paragraph);
    words += countWords(paragraph);
  }
  const html = plainTextToHtml(chosen.join('\n\n'));
  return { html, words, bytes: Buffer.byteLength(html) };
}
