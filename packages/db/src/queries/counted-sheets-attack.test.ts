import fc from 'fast-check';
import { expect, it } from 'vitest';
import { countedSheetsOf, isCountedSheets, joinCountedSheets, type CountedSheets } from './counted-sheets.ts';
import { expectSameRead, sheetsText } from './counted-sheets.test-support.ts';

/*
 * A review's attack on the scanner of counted sheets: texts as SQLite writes them from stored
 * scores typed in by hand (odd numbers, odd keys, odd judge ids), read as JSON.parse with the old
 * read's checks (adf81f6^ judging.ts sheetsInOrder + pairsOf) reads them, bit for bit, or refused as
 * malformed (counted-sheets.test-support.ts).
 */

/** A number as a person might type it: signs, leading zeros, many digits, exponents, fractions. */
const numberText = fc.tuple(
  fc.constantFrom('', '-', '+', '--'),
  fc.stringMatching(/^[0-9]{1,25}$/),
  fc.option(fc.stringMatching(/^\.[0-9]{0,25}$/)),
  fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^[0-9]{0,4}$/)).map((p) => p.join(''))),
).map(([sign, int, frac, exp]) => `${sign}${int}${frac ?? ''}${exp ?? ''}`);
const someNumber = fc.oneof(
  numberText,
  fc.double().map((x) => JSON.stringify(x)),
  fc.constantFrom('1e400', '-1e400', '-0', '-0.0', '0.1', '0.30000000000000004', '9007199254740993', '123456789012345678', '1.5e-320',
    '4.9406564584124654e-324', '2.2250738585072011e-308', '0.000000000000000000001', '100000000000000000000000', '1e-400', 'NaN', 'Infinity'),
);
const space = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u00a0', '\v', '\f');
const judgeText = fc.oneof(
  fc.string({ maxLength: 8, unit: 'binary' }).map((s) => JSON.stringify(s)),
  fc.string({ maxLength: 8, unit: 'binary' }).map((s) => `"${s}"`),
  fc.constantFrom('"a\\"b"', '"a\\\\"', '"\\u0061"', '"a"', '"\\ud800"', '"\\/"', '"\\x41"', '"\\u00"', 'null', '1', '"\u2028"', '"\u0000"', '"\u007f"'),
  fc.nat(3000).map((n) => JSON.stringify('j'.repeat(n))),
);
/** A criterion's key as a person might type it: any number quoted, escaped, or not quoted at all. */
const keyText = fc.oneof(
  someNumber.map((n) => `"${n}"`),
  fc.constantFrom('"1"', '"56"', '"0"', '"-0"', '"-7"', '"01"', '"1.0"', '"1e2"', '" 1"', '"1 "', '"\\u0031"', '""', '"x"', '1', 'null',
    '"123456789012345"', '"1234567890123456"', '"9007199254740993"', '"__proto__"'),
  fc.stringMatching(/^[0-9]{1,3}$/).map((n) => JSON.stringify(n)),
);
const sheetText = fc.tuple(someNumber, someNumber, judgeText, fc.array(fc.tuple(keyText, someNumber), { maxLength: 5 }), fc.array(space, { minLength: 9, maxLength: 9 }))
  .map(([a, e, j, pairs, sp]) => `${sp[0]}${a}${sp[1]},${e},${sp[2]}${j}${sp[3]},${sp[4]}{${pairs.map(([i, v]) => `${sp[5]}${i}${sp[8]}:${v}${sp[6]}`).join(',')}}${sp[7]}`);

it('reads typed-in numbers, keys and judge ids as JSON.parse with the old checks reads them, or refuses them as malformed', () => {
  fc.assert(fc.property(fc.array(sheetText, { maxLength: 6 }), fc.integer({ min: -1, max: 1 }), space, (sheets, off, sp) => {
    expectSameRead(`${sp}${sheets.join(',')}${sp}`, Math.max(0, sheets.length + off));
  }), { numRuns: 5000 });
});

it('reads a few texts at the edges as JSON.parse with the old checks reads them', () => {
  for (const [text, count] of [
    ['1,2,"a",{"1":-0}', 1], ['1,2,"a",{"-0":5}', 1], ['1,2,"a",{"0":5,"-0":6}', 1], ['1,2,"a",{"1":1e400}', 1], ['1,2,"a",{"1":-1e400}', 1],
    ['1,2,"a",{"1":0.1},3,1,"b",{"1":0.2}', 2], ['-0,-0,"",{}', 1], ['1e2,2,"a",{}', 1], ['1,2,"a",{"1e0":2}', 1], ['1,2,"a",{"1":2,}', 1],
    ['1,2,"a",{"1":2} ', 1], ['1,2,"a",{"1":2}\u00a0', 1], ['1,2,"a\\u0000",{}', 1], ['1,2,"a\\', 1], ['1,2,"a\\"', 1], ['1,2,"a', 1],
    ['1,2,"\\ud83d\\ude00",{}', 1], ['1,2,"😀",{},3,4,"\\ud83d\\ude00",{}', 2], ['2,1,"a",{},1,1,"a",{}', 2],
    ['1,2,null,{}', 1], ['9007199254740993,2,"a",{}', 1], ['1,2,"a",{"1":0.1234567890123456789}', 1], ['1,2,"a",{"1":123456789012345.6}', 1],
    ['1,2,"a",{"1":000}', 1], ['1,2,"a",{"1":01}', 1], ['1,2,"a",{"1":-}', 1], ['1,2,"a",{"1":.5}', 1], ['1,2,"a",{"1":5.}', 1],
    ['1,2,"a",{"1":5,"1":6}', 1], ['1,2,"a",{"1":5,"01":6}', 1], ['1,2,"a",{ "1" : 5 , "2" : 6 }', 1], ['1,2,"a",{"2":5,"1":6}', 1],
    ['1,2,"a",{"\\u0031":5}', 1], ['1,2,"a",{"a":5}', 1], ['1,2,"a",{"1":5', 1], ['1,2,"a",[1,5]', 1], ['1,2,"a",{"1":"5"}', 1],
    ['1,2,"a",{"123456789012345":5,"-123456789012345":6}', 1], ['1,2,"a",{"1234567890123456":5}', 1], ['1,2,"a",{"-1234567890123456":5}', 1],
    ['1,2,"a",{"1":{"2":5}}', 1], ['1,2,"a",{"1":5}}', 1], ['1,2,"a",{}},{"1":5}', 1], ['1,2,"{\\"1\\":",{"1":5}', 1],
    [null, 0], [null, 1], ['', 0], ['', 1], [' ', 0], ['[]', 0], ['1,2,"a",{}', 0],
    // The shortest sheets: a judge id typed in empty, no scores (9 characters, a comma between two).
    ['1,2,"",{}', 1], ['1,2,"",{},3,4,"",{}', 2], ['1,2,"",{},3,4,"",{}', 3],
  ] as const) expectSameRead(text, count);
});

it('refuses a count the text cannot hold as malformed, without making arrays for it first', () => {
  for (const [text, count] of [
    ['', -1], ['1,2,"a",{}', -1], ['1,2,"a",{}', 1.5], ['1,2,"a",{}', Number.NaN], ['1,2,"a",{}', 2 ** 31], ['1,2,"a",{}', 2 ** 40],
    [null, 2 ** 31], ['1,2,"a",{}', 1e9],
  ] as const) expectSameRead(text, count);
});

it('takes as counted sheets from another thread only what a read of a text could give', () => {
  const honest = () => countedSheetsOf({ sheets: 3, values: '1,1,"a",{"5":7,"6":8},2,1,"b",{"5":9},4,3,"a",{}' });
  expect(isCountedSheets(honest())).toBe(true);
  const tampered: ((s: CountedSheets) => unknown)[] = [
    (s) => { s.entryId[1] = Number.NaN; },
    (s) => { s.entryId[1] = 1.5; },
    (s) => { s.assignmentId[2] = Number.POSITIVE_INFINITY; },
    (s) => { s.entryId[0] = 9; },
    (s) => { s.assignmentId[0] = 3; },
    (s) => { s.pairs[2] = 5; },
    (s) => { s.pairs[0] = 0.5; },
    (s) => { s.pairs[1] = Number.NaN; },
    (s) => { s.judgeIds.push('a'); s.judge[2] = 2; },
    // A hole in the judges (a sparse array crosses threads as one): every() skips it.
    (s) => { s.judgeIds.length = 3; s.judge[2] = 2; },
    (s) => { s.pairStart[3] = -2; },
  ];
  tampered.forEach((tamper, k) => {
    const sheets = honest();
    tamper(sheets);
    expect(isCountedSheets(sheets), `tamper ${k}`).toBe(false);
  });
});

it('joins halves only when each runs by entry then assignment', () => {
  const lower = countedSheetsOf({ sheets: 2, values: '1,1,"a",{"5":7},2,2,"b",{"5":8}' });
  const upper = countedSheetsOf({ sheets: 2, values: '3,3,"b",{"5":9},4,4,"c",{}' });
  upper.entryId[1] = 2;
  expect(() => joinCountedSheets(lower, upper)).toThrow(/order/);
});

it('reads a sheet of many criteria as JSON.parse with the old checks reads it: a criterion named twice refused', () => {
  const ids = Array.from({ length: 500 }, (_, k) => k + 1);
  const pairs = (list: number[]) => list.flatMap((id, k) => [id, k % 11]);
  expectSameRead(sheetsText([1, 2, 'a', pairs(ids)]), 1);
  expectSameRead(sheetsText([1, 2, 'a', pairs([...ids, 250])]), 1);
  expectSameRead(sheetsText([1, 2, 'a', pairs([0, ...ids, 0])]), 1);
  expectSameRead(sheetsText([1, 2, 'a', pairs(ids), 3, 4, 'b', pairs(ids.map((id) => id + 1000))]), 2);
});
