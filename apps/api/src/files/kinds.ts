/** The kinds of file the platform accepts, decided from content (see sniff.ts), never from names. */
export const documentKinds = ['docx', 'odt', 'pdf'] as const;
export const photoKinds = ['jpeg', 'png', 'webp'] as const;

export type DocumentKind = (typeof documentKinds)[number];
export type PhotoKind = (typeof photoKinds)[number];
export type FileKind = DocumentKind | PhotoKind;

export const mimeOf: Record<FileKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** Extensions a client-side name may carry for each kind (SECURITY.md: extension AND magic bytes). */
export const extensionsOf: Record<FileKind, readonly string[]> = {
  docx: ['docx'],
  odt: ['odt'],
  pdf: ['pdf'],
  jpeg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
};

export function isDocumentKind(kind: FileKind): kind is DocumentKind {
  return (documentKinds as readonly string[]).includes(kind);
}

export function categoryOf(kind: FileKind): 'document' | 'photo' {
  return isDocumentKind(kind) ? 'document' : 'photo';
}
