import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * Noto Serif as whole TTFs: each file holds Latin and every Vietnamese precomposed letter, so pdfkit
 * can embed a subset with a correct ToUnicode map (split WOFF subsets from @fontsource cannot).
 */
const files: Record<FontStyle, string> = {
  regular: '400Regular/NotoSerif_400Regular.ttf',
  bold: '700Bold/NotoSerif_700Bold.ttf',
  italic: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
};

let cache: Record<FontStyle, Buffer> | undefined;

/** The four faces, read from disk on first use and kept (about 2 MB) for every later document. */
export function notoSerif(): Record<FontStyle, Buffer> {
  if (!cache) {
    const require = createRequire(import.meta.url);
    const read = (style: FontStyle) => readFileSync(require.resolve(`@expo-google-fonts/noto-serif/${files[style]}`));
    cache = { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  }
  return cache;
}

export function fontStyle(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
