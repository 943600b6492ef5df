import mammoth from 'mammoth';

/**
 * mammoth's HTML for a DOCX that has been through sanitizeDocx (so the zip and XML guards have run
 * and this reads our rebuilt package, not the upload). Unsanitized: pass it to html.ts.
 * Runs in the document worker (SECURITY.md #3: a time and memory limit around mammoth).
 */
export async function docxToHtml(bytes: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      // Never read linked files from this machine's disk (mammoth ≥ 1.11 defaults to off; say so anyway).
      externalFileAccess: false,
      // A style map inside the upload would be the author choosing our HTML.
      includeEmbeddedStyleMap: false,
      // Pictures are not part of the essay text; not encoding them saves the worker's memory.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      ignoreEmptyParagraphs: true,
    },
  );
  return result.value;
}
