import type { Locale } from '../lib/locale.ts';

/** Why an uploaded file was refused, in words the entrant can act on (Vietnamese first). */
export const fileMessages = {
  file_empty: {
    vi: 'Tệp trống, không có nội dung. Vui lòng chọn lại tệp.',
    en: 'The file is empty. Please choose the file again.',
  },
  file_type_not_allowed: {
    vi: 'Loại tệp này không được chấp nhận. Bài viết nhận tệp DOCX, ODT hoặc PDF; ảnh nhận JPG, PNG hoặc WebP. Với tệp .doc cũ, hãy mở bằng Word rồi lưu lại dưới dạng .docx.',
    en: 'This type of file is not accepted. Essays can be DOCX, ODT or PDF; photos JPG, PNG or WebP. For an old .doc file, open it in Word and save it as .docx.',
  },
  file_damaged: {
    vi: 'Tệp bị hỏng hoặc không đọc được. Vui lòng lưu lại tệp và tải lên lần nữa.',
    en: 'The file is damaged or cannot be read. Please save it again and upload it once more.',
  },
  file_too_large: {
    vi: 'Tệp quá lớn (tối đa {maxMb} MB). Vui lòng giảm dung lượng tệp, ví dụ thu nhỏ ảnh, rồi tải lên lại.',
    en: 'The file is too large (at most {maxMb} MB). Please make it smaller, for example by shrinking its pictures, and upload it again.',
  },
  file_encrypted: {
    vi: 'Tệp đang được đặt mật khẩu hoặc mã hóa nên không đọc được. Vui lòng bỏ mật khẩu, lưu lại rồi tải lên lần nữa.',
    en: 'The file is protected by a password or encrypted, so it cannot be read. Please remove the password, save it and upload it again.',
  },
  archive_too_large: {
    vi: 'Tệp chứa quá nhiều dữ liệu nén hoặc quá nhiều thành phần nên không thể xử lý an toàn. Vui lòng lưu lại tệp (bỏ bớt ảnh rất lớn) rồi tải lên lần nữa.',
    en: 'The file holds too much compressed data or too many parts to be processed safely. Please save it again (without very large pictures) and upload it once more.',
  },
  xml_entities: {
    vi: 'Tệp chứa khai báo hoặc liên kết tới tệp bên ngoài không được phép. Vui lòng sao chép nội dung sang một tài liệu mới, lưu lại rồi tải lên.',
    en: 'The file contains declarations or links to outside files that are not allowed. Please copy the content into a new document, save it and upload that.',
  },
  macro_document: {
    vi: 'Tệp có chứa macro hoặc mã lệnh nên không được chấp nhận. Vui lòng lưu lại dưới dạng tài liệu thường (.docx hoặc .odt) rồi tải lên.',
    en: 'The file contains macros or code, so it is not accepted. Please save it as a plain document (.docx or .odt) and upload that.',
  },
  image_too_large: {
    vi: 'Ảnh có kích thước quá lớn (tối đa {megapixels} triệu điểm ảnh). Vui lòng thu nhỏ ảnh rồi tải lên lại.',
    en: 'The picture is too large (at most {megapixels} megapixels). Please shrink it and upload it again.',
  },
  extraction_failed: {
    vi: 'Không đọc được nội dung tệp trong thời gian cho phép. Vui lòng lưu lại tệp ở dạng đơn giản hơn hoặc dán nội dung trực tiếp vào ô soạn thảo.',
    en: 'The content of the file could not be read in the time allowed. Please save it in a simpler form or paste the text straight into the editor.',
  },
} satisfies Record<string, Record<Locale, string>>;

export type FileErrorCode = keyof typeof fileMessages;

/** The HTTP status the upload route should answer with for each refusal. */
export const fileErrorStatus: Record<FileErrorCode, number> = {
  file_empty: 400,
  file_type_not_allowed: 415,
  file_damaged: 422,
  file_too_large: 413,
  file_encrypted: 422,
  archive_too_large: 413,
  xml_entities: 422,
  macro_document: 415,
  image_too_large: 413,
  extraction_failed: 422,
};

/**
 * An upload refused on purpose. `detail` is English for the server log only (never shown: it may
 * quote the file's own contents); `params` fill the message's {placeholders}.
 */
export class FileRejectedError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly detail = '',
    readonly params: Record<string, string | number> = {},
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'FileRejectedError';
  }
}

export function fileMessage(
  code: FileErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return fileMessages[code][locale].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
