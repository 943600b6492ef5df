import { describe, expect, test } from 'vitest';
import { FileRejectedError } from './errors.ts';
import { encodeXmlPart, isPackageInternal, readXmlPart } from './xml-guard.ts';

function code(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof FileRejectedError ? error.code : String(error);
  }
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('readXmlPart', () => {
  test.each([
    ['XXE', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', 'xml_entities'],
    ['billion laughs', '<!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>', 'xml_entities'],
    ['public DTD', '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>', 'xml_entities'],
    ['lower-case doctype', '<!doctype x><x/>', 'xml_entities'],
    ['entity declaration without DOCTYPE', '<x><!ENTITY e SYSTEM "file:///etc/passwd"></x>', 'xml_entities'],
    ['whitespace after <!', '<! DOCTYPE x><x/>', 'xml_entities'],
    ['stylesheet instruction', '<?xml-stylesheet href="file:///etc/passwd"?><x/>', 'xml_entities'],
    ['UTF-7 declaration', '<?xml version="1.0" encoding="UTF-7"?><x>+ADw-!DOCTYPE+AD4-</x>', 'file_damaged'],
    ['plain document', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document><w:t>Gương</w:t></w:document>', undefined],
    ['comments and CDATA are fine', '<x><!-- note --><![CDATA[<b>]]></x>', undefined],
  ])('%s', (_name, xml, expected) => {
    expect(code(() => readXmlPart(Buffer.from(xml, 'utf8'), 'part.xml'))).toBe(expected);
  });

  test('a DOCTYPE in UTF-16 (LE or BE, with or without BOM) is seen', () => {
    const xxe = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>';
    expect(code(() => readXmlPart(utf16le(xxe), 'p'))).toBe('xml_entities');
    expect(code(() => readXmlPart(utf16be(xxe), 'p'))).toBe('xml_entities');
    expect(code(() => readXmlPart(Buffer.from(xxe, 'utf16le'), 'p'))).toBe('xml_entities');
  });

  test('UTF-16 content decodes, and is written back as UTF-8 saying so', () => {
    const xml = readXmlPart(utf16le('<?xml version="1.0" encoding="UTF-16"?><x>Gương</x>'), 'p');
    expect(xml).toContain('Gương');
    expect(encodeXmlPart(xml).toString('utf8')).toBe('<?xml version="1.0" encoding="UTF-8"?><x>Gương</x>');
  });

  test('UTF-32 and invalid UTF-8 are refused as damaged', () => {
    expect(code(() => readXmlPart(Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x3c]), 'p'))).toBe('file_damaged');
    expect(code(() => readXmlPart(Buffer.from([0x3c, 0x78, 0xff, 0x3e]), 'p'))).toBe('file_damaged');
  });
});

describe('link rules', () => {
  test.each([
    ['Pictures/1000.png', true],
    ['./Object 1', true],
    ['file:///etc/passwd', false],
    ['/etc/passwd', false],
    ['../../etc/passwd', false],
    ['Pictures/../../x', false],
    ['\\\\server\\share', false],
    ['https://tracker.example/p.png', false],
    ['C:/Users/nhung/a.png', false],
    ['', false],
  ])('isPackageInternal(%s) = %s', (href, expected) => {
    expect(isPackageInternal(href)).toBe(expected);
  });
});
