import { describe, expect, test } from 'vitest';
import { FileRejectedError } from './errors.ts';
import { buildZip, declareSize, fixture, patchHeaders, rawZip, repeated } from './test-helpers.ts';
import { openGuardedZip } from './zip-guard.ts';

async function refusal(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return error instanceof FileRejectedError ? error.code : String(error);
  }
}

async function readEverything(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await openGuardedZip(bytes);
  try {
    return await zip.readFiles();
  } finally {
    zip.close();
  }
}

describe('openGuardedZip', () => {
  test('reads a real DOCX', async () => {
    const files = await readEverything(fixture('essays/essay-01.docx'));
    expect([...files.keys()]).toContain('word/document.xml');
    expect(files.get('word/document.xml')!.toString('utf8')).toContain('Người giữ lửa');
  });

  test('10,000 entries are refused from the end record, before reading entries', async () => {
    // One real entry, an end record that claims 10,000: reading the directory would fail on the
    // missing entries, so archive_too_large can only come from the end record's count.
    const zip = await buildZip([{ name: 'f/0.xml', data: '' }]);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    zip.writeUInt16LE(10_000, end + 8);
    zip.writeUInt16LE(10_000, end + 10);
    expect(await refusal(() => openGuardedZip(zip))).toBe('archive_too_large');
  });

  test('declared total over the cap is refused before inflating', async () => {
    const bomb = await buildZip([
      { name: 'a.xml', data: repeated(40 * 1024 * 1024) },
      { name: 'b.xml', data: repeated(40 * 1024 * 1024) },
    ]);
    expect(await refusal(() => openGuardedZip(bomb))).toBe('archive_too_large');
  });

  test('a high compression ratio on a large entry is refused', async () => {
    const bomb = await buildZip([{ name: 'a.xml', data: repeated(5 * 1024 * 1024) }]);
    expect(await refusal(() => openGuardedZip(bomb))).toBe('archive_too_large');
  });

  test('declared sizes that lie are caught on the inflated bytes', async () => {
    const honest = await buildZip([{ name: 'a.xml', data: repeated(900 * 1024) }]);
    // Claim 1,000 bytes: the directory checks pass, inflating must stop at 1,000.
    const lying = declareSize(honest, 'a.xml', 1000);
    const zip = await openGuardedZip(lying);
    expect(zip.entries[0]?.uncompressedSize).toBe(1000);
    expect(await refusal(() => zip.read('a.xml'))).toBe('archive_too_large');
    zip.close();
  });

  test('encrypted entries are refused', async () => {
    const plain = await buildZip([{ name: 'a.xml', data: '<a/>' }]);
    const encrypted = patchHeaders(plain, 'a.xml', (header, central) => {
      const flags = central ? 8 : 6;
      header.writeUInt16LE(header.readUInt16LE(flags) | 1, flags);
    });
    expect(await refusal(() => openGuardedZip(encrypted))).toBe('file_encrypted');
  });

  test.each([
    ['../x.xml', 'ab/x.xml'],
    ['/etc/x.xml', 'abcd/x.xml'],
  ])('path %s is refused', async (evil, placeholder) => {
    const zip = await buildZip([{ name: placeholder, data: '<a/>' }]);
    const patched = patchHeaders(zip, placeholder, (header, central) => header.write(evil, central ? 46 : 30, 'utf8'));
    expect(await refusal(() => openGuardedZip(patched))).toBe('file_damaged');
  });

  test('two entries with one name (in any case) are refused', async () => {
    expect(await refusal(async () => openGuardedZip(await buildZip([{ name: 'a.xml', data: '1' }, { name: 'A.XML', data: '2' }])))).toBe('file_damaged');
  });

  test('a stored entry whose sizes disagree is refused', async () => {
    const zip = await buildZip([{ name: 'a.xml', data: '<a>12345</a>', store: true }]);
    const patched = patchHeaders(zip, 'a.xml', (header, central) => header.writeUInt32LE(5, central ? 24 : 22));
    expect(await refusal(() => openGuardedZip(patched))).toBe('file_damaged');
  });

  test.each([
    ['truncated DOCX', () => fixture('bad/bad-truncated.docx')],
    ['half of a real DOCX', () => fixture('essays/essay-01.docx').subarray(0, 3000)],
    ['not a zip at all', () => Buffer.from('PK\x03\x04 hello')],
  ])('%s is damaged', async (_name, bytes) => {
    expect(await refusal(() => readEverything(bytes()))).toBe('file_damaged');
  });

  describe('every reader sees the files we checked (found by an independent attack)', () => {
    const part = (name: string, text = `<x>${name}</x>`) => ({ name, data: Buffer.from(text, 'utf8') });
    const honest = [part('[Content_Types].xml'), part('word/document.xml')];

    test('a plain zip written byte by byte is read', async () => {
      expect([...(await readEverything(rawZip(honest))).keys()]).toEqual(['[Content_Types].xml', 'word/document.xml']);
    });

    test('central records past the end record\'s count (a part only some readers see) are refused', async () => {
      const hidden = rawZip([...honest, part('word/vbaProject.bin', 'macro')], { counted: 2 });
      expect(await refusal(() => openGuardedZip(hidden))).toBe('file_damaged');
    });

    test('a local header naming another part than its central record is refused', async () => {
      const renamed = rawZip([honest[0]!, { ...part('word/media/image1.bin'), localName: 'word/document.xml' }]);
      expect(await refusal(() => openGuardedZip(renamed))).toBe('file_damaged');
      const climbing = rawZip([honest[0]!, { ...part('word/document.xml'), localName: '../../document.xml' }]);
      expect(await refusal(() => openGuardedZip(climbing))).toBe('file_damaged');
    });

    test('two central records sharing one entry\'s data (a bomb past the ratio check) are refused', async () => {
      const shared = rawZip([...honest, { ...part('word/copy.xml'), sharesLocalOf: 1 }]);
      expect(await refusal(() => openGuardedZip(shared))).toBe('file_damaged');
    });

    test('bytes after the end record are refused', async () => {
      expect(await refusal(() => openGuardedZip(rawZip(honest, { trailer: Buffer.from('PK\x01\x02 more') })))).toBe('file_damaged');
    });

    test('a part whose data fails its CRC-32 is refused when read', async () => {
      const zip = await openGuardedZip(rawZip([honest[0]!, { ...part('word/document.xml'), crc: 0x12345678 }]));
      try {
        expect(await refusal(() => zip.read('word/document.xml'))).toBe('file_damaged');
      } finally {
        zip.close();
      }
    });

    test('bytes before the first entry, or a whole entry only the local headers show, are refused', async () => {
      const hiddenDocument = { name: 'word/vbaProject.bin', data: Buffer.from('macro') };
      expect(await refusal(() => openGuardedZip(rawZip(honest, { prefix: rawZip([hiddenDocument]) })))).toBe('file_damaged');
      expect(await refusal(() => openGuardedZip(rawZip(honest, { unlisted: hiddenDocument })))).toBe('file_damaged');
    });

    test('a deflate stream that ends before its data does (room for a part a streaming reader finds) is refused when read', async () => {
      const zip = await openGuardedZip(rawZip([honest[0]!, { ...part('word/document.xml'), afterStream: rawZip([part('word/vbaProject.bin')]) }]));
      try {
        expect(await refusal(() => zip.read('word/document.xml'))).toBe('file_damaged');
      } finally {
        zip.close();
      }
    });

    test('a second name in a Unicode path field (some readers take it, others the stored one) is refused', async () => {
      const twoNames = rawZip([honest[0]!, { ...part('word/media/x.bin'), unicodePath: 'word/vbaProject.bin' }]);
      expect(await refusal(() => openGuardedZip(twoNames))).toBe('file_damaged');
    });

    test('zip64: a record the end record agrees with is read; one it contradicts is refused', async () => {
      expect([...(await readEverything(rawZip(honest, { zip64: 'placeholders' }))).keys()]).toEqual(['[Content_Types].xml', 'word/document.xml']);
      expect(await refusal(() => openGuardedZip(rawZip(honest, { zip64: 'disagreeing' })))).toBe('file_damaged');
    });

    test('a local header whose zip64 sizes disagree, or a stored entry with a data descriptor, is refused (a streaming reader split each into a hidden part)', async () => {
      // Built byte by byte by the third attack: a.bin's local zip64 field says 12 bytes, the rest
      // of its data is a local header of doc.xml that only a streaming reader finds.
      const zip64Sizes = Buffer.from('UEsDBC0AAAAAAAAAIQB4VjQS//////////8FABQAYS5iaW4BABAACgAAAAAAAAAKAAAAAAAAAHByZWZpeDyBryRQSwMEFAAAAAAAAAAhAD9eVkMPAAAADwAAAAcAAABkb2MueG1sPGRvYz5FVklMPC9kb2M+f1sUSFBLAwQUAAAAAAAAACEAyD1Asg8AAAAPAAAABwAAAGRvYy54bWw8ZG9jPkdPT0Q8L2RvYz5QSwECFAAUAAAAAAAAACEAeFY0EkIAAABCAAAABQAAAAAAAAAAAAAAAAAAAAAAYS5iaW5QSwECFAAUAAAAAAAAACEAyD1Asg8AAAAPAAAABwAAAAAAAAAAAAAAAAB5AAAAZG9jLnhtbFBLBQYAAAAAAgACAGgAAACtAAAAAAA=', 'base64');
      // a.bin stored with flag bit 3 and a fake descriptor inside its data.
      const storedDescribed = Buffer.from('UEsDBBQACAAAAAAAIQAAAAAAAAAAAAAAAAAFAAAAYS5iaW5wcmVmaXgtYnl0ZXNQSwcIVBzMPQwAAAAMAAAAUEsDBBQAAAAAAAAAIQA/XlZDDwAAAA8AAAAHAAAAZG9jLnhtbDxkb2M+RVZJTDwvZG9jPlBLBwi4Q1iMUAAAAFAAAABQSwMEFAAAAAAAAAAhAMg9QLIPAAAADwAAAAcAAABkb2MueG1sPGRvYz5HT09EPC9kb2M+UEsBAhQAFAAIAAAAAAAhALhDWIxQAAAAUAAAAAUAAAAAAAAAAAAAAAAAAAAAAGEuYmluUEsBAhQAFAAAAAAAAAAhAMg9QLIPAAAADwAAAAcAAAAAAAAAAAAAAAAAgwAAAGRvYy54bWxQSwUGAAAAAAIAAgBoAAAAtwAAAAAA', 'base64');
      expect(await refusal(() => openGuardedZip(zip64Sizes))).toBe('file_damaged');
      expect(await refusal(() => openGuardedZip(storedDescribed))).toBe('file_damaged');
    });

    test('names that differ only by composed accents or case, or hold a control character, are refused', async () => {
      const accents = rawZip([part('word/media/ảnh.png'), part('word/media/a\u0309nh.png')]);
      expect(await refusal(() => openGuardedZip(accents))).toBe('file_damaged');
      expect(await refusal(() => openGuardedZip(rawZip([part('word/Document.xml'), part('word/document.xml')])))).toBe('file_damaged');
      expect(await refusal(() => openGuardedZip(rawZip([part('word/doc\u0007.xml')])))).toBe('file_damaged');
      expect(await refusal(() => openGuardedZip(rawZip([part('word/./document.xml')])))).toBe('file_damaged');
      expect(await refusal(() => openGuardedZip(rawZip([part('word//document.xml')])))).toBe('file_damaged');
    });
  });
});
