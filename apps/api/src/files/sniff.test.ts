import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { FileRejectedError } from './errors.ts';
import { documentKinds, photoKinds, type FileKind } from './kinds.ts';
import { sniffKind } from './sniff.ts';
import { buildZip, editZip, fixture, unzipAll } from './test-helpers.ts';

const everything: FileKind[] = [...documentKinds, ...photoKinds];

async function refusal(bytes: Buffer, allowed: readonly FileKind[] = everything): Promise<string | undefined> {
  try {
    await sniffKind(bytes, allowed);
    return undefined;
  } catch (error) {
    return error instanceof FileRejectedError ? error.code : String(error);
  }
}

describe('sniffKind', () => {
  test.each([
    ['essays/essay-01.docx', 'docx'],
    ['essays/essay-02.docx', 'docx'],
    ['essays/essay-02.odt', 'odt'],
    ['essays/essay-01.pdf', 'pdf'],
    ['essays/photo-01.jpg', 'jpeg'],
    ['essays/photo-02.png', 'png'],
  ])('%s is %s', async (path, kind) => {
    expect(await sniffKind(fixture(path), everything)).toBe(kind);
  });

  test('WebP', async () => {
    const webp = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } }).webp().toBuffer();
    expect(await sniffKind(webp, everything)).toBe('webp');
  });

  test.each([
    ['HTML named .pdf', 'bad/bad-html-as.pdf', 'file_type_not_allowed'],
    ['ELF named .docx', 'bad/bad-elf-as.docx', 'file_type_not_allowed'],
    ['truncated DOCX', 'bad/bad-truncated.docx', 'file_damaged'],
  ])('%s is refused', async (_name, path, code) => {
    expect(await refusal(fixture(path))).toBe(code);
  });

  test('a kind the caller does not allow is refused: a PNG where documents go', async () => {
    expect(await refusal(fixture('essays/photo-02.png'), documentKinds)).toBe('file_type_not_allowed');
    expect(await refusal(fixture('essays/essay-01.docx'), photoKinds)).toBe('file_type_not_allowed');
  });

  test('junk before %PDF- is refused, though readers would open it', async () => {
    const polyglot = Buffer.concat([Buffer.from('<html><script>alert(1)</script>\n'), fixture('essays/essay-01.pdf')]);
    expect(await refusal(polyglot)).toBe('file_type_not_allowed');
  });

  test('empty file', async () => {
    expect(await refusal(Buffer.alloc(0))).toBe('file_empty');
  });

  test('macro-enabled Word (vbaProject.bin or macroEnabled content type) is refused', async () => {
    const docx = fixture('essays/essay-01.docx');
    expect(await refusal(await editZip(docx, { 'word/vbaProject.bin': Buffer.from('VBA') }))).toBe('macro_document');
    const contentTypes = (await unzipAll(docx)).get('[Content_Types].xml')!.toString('utf8');
    const docm = contentTypes.replace(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      'application/vnd.ms-word.document.macroEnabled.main+xml',
    );
    expect(await refusal(await editZip(docx, { '[Content_Types].xml': docm }))).toBe('macro_document');
  });

  test('ODF with macros, other ODF types and other zips are refused', async () => {
    const odt = fixture('essays/essay-02.odt');
    expect(await refusal(await editZip(odt, { 'Basic/Standard/Module1.xml': '<m/>' }))).toBe('macro_document');
    expect(await refusal(await editZip(odt, { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }))).toBe('file_type_not_allowed');
    expect(await refusal(await buildZip([{ name: 'readme.txt', data: 'hi' }]))).toBe('file_type_not_allowed');
  });

  test('a Word template is not a document', async () => {
    const docx = fixture('essays/essay-01.docx');
    const contentTypes = (await unzipAll(docx)).get('[Content_Types].xml')!.toString('utf8');
    const dotx = contentTypes.replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml');
    expect(await refusal(await editZip(docx, { '[Content_Types].xml': dotx }))).toBe('file_type_not_allowed');
  });

  test('an entity declaration in [Content_Types].xml is refused while sniffing', async () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY e SYSTEM "file:///etc/passwd">]><Types>&e;</Types>';
    expect(await refusal(await editZip(fixture('essays/essay-01.docx'), { '[Content_Types].xml': xxe }))).toBe('xml_entities');
  });
});
