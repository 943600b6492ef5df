import { describe, expect, it } from 'vitest';
import { countWords } from '@guong-sang/text';
import { generateEssay } from './essay-generator.ts';
import { PROFESSIONS, type ProfessionKey } from './professions.ts';

describe('generateEssay', () => {
  it('is deterministic: the same seed and options give the same essay', () => {
    expect(generateEssay(42, { targetWords: 900 })).toEqual(generateEssay(42, { targetWords: 900 }));
    expect(generateEssay(42).html).not.toBe(generateEssay(43).html);
  });

  it('lands close to the wanted length', () => {
    for (let seed = 0; seed < 200; seed++) {
      const target = 600 + ((seed * 37) % 1201);
      const { wordCount } = generateEssay(seed, { targetWords: target });
      expect(wordCount).toBeGreaterThanOrEqual(target - 60);
      expect(wordCount).toBeLessThanOrEqual(target + 150);
    }
  });

  it('chooses lengths between about 600 and 1,800 words by itself', () => {
    const counts = Array.from({ length: 100 }, (_, seed) => generateEssay(seed).wordCount);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(540);
    expect(Math.max(...counts)).toBeLessThanOrEqual(1950);
  });

  it('gives a word count that matches its plain text, and HTML with the same words', () => {
    const essay = generateEssay(7, { targetWords: 1500 });
    expect(essay.wordCount).toBe(countWords(essay.text));
    const fromHtml = essay.html.replace(/<[^>]+>/g, ' ');
    expect(countWords(fromHtml)).toBe(essay.wordCount);
    expect(essay.html.split('\n').every((line) => /^<(p|h2)>[^<>]+<\/\1>$/.test(line))).toBe(true);
  });

  it('writes NFC text with no template slot left unfilled, for every kind of work and subject', () => {
    for (const profession of Object.keys(PROFESSIONS) as ProfessionKey[]) {
      for (const subjectKind of ['party-member', 'worker', 'group'] as const) {
        for (let seed = 0; seed < 5; seed++) {
          const e = generateEssay(seed, { profession, subjectKind, targetWords: 1800 });
          for (const text of [e.title, e.subject, e.text, e.html]) {
            expect(text).toBe(text.normalize('NFC'));
            expect(text).not.toMatch(/[{}]|undefined/);
          }
        }
      }
    }
  });

  it('names the subject: a full Vietnamese name, or a team with its workplace', () => {
    const person = generateEssay(3, { subjectKind: 'worker', profession: 'tu-phap', workplace: 'Sở Tư pháp' });
    expect(person.subject.split(' ').length).toBeGreaterThanOrEqual(3);
    expect(person.text).toContain(person.subject);
    const team = generateEssay(3, { subjectKind: 'group', profession: 'cap-nuoc', workplace: 'Tổng công ty Cấp nước Sài Gòn' });
    expect(team.subject).toMatch(/, Tổng công ty Cấp nước Sài Gòn$/);
  });

  it('names the contest when asked to', () => {
    const essay = generateEssay(11, { contestTitle: 'Gương sáng làm theo lời Bác năm 2026' });
    expect(essay.text).toContain('“Gương sáng làm theo lời Bác năm 2026”');
  });

  it('never repeats a sentence within one essay', () => {
    for (let seed = 0; seed < 50; seed++) {
      const sentences = generateEssay(seed, { targetWords: 1800 }).text.split(/\n\n|(?<=[.!?”])\s+(?=[\p{Lu}“])/u)
        .filter((s) => s.length > 40);
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });
});
