import type { Locale } from './locale.ts';

type Text = Record<Locale, string>;

/** Every message the API can answer with, in both interface languages. */
export const messages = {
  validation_failed: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request is not valid.' },
  invalid_json: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  unsupported_media_type: { vi: 'Kiểu nội dung không được hỗ trợ.', en: 'This content type is not supported.' },
  body_too_large: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  unauthenticated: { vi: 'Bạn cần đăng nhập.', en: 'Please sign in.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  cross_site_request: {
    vi: 'Yêu cầu từ trang web khác bị từ chối.',
    en: 'Requests from other websites are refused.',
  },
  rate_limited: {
    vi: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many requests. Please try again in {seconds} seconds.',
  },
  too_many_attempts: {
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many failed sign-ins. Please try again in {minutes} minutes.',
  },
  invalid_email: {
    vi: '«Email» không đúng định dạng (ví dụ: ten@coquan.gov.vn).',
    en: '«E-mail» is not a valid address (for example: name@agency.gov.vn).',
  },
  invalid_credentials: { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong e-mail or password.' },
  email_taken: {
    vi: 'Email này đã được dùng để đăng ký. Hãy đăng nhập hoặc dùng e-mail khác.',
    en: 'This e-mail is already registered. Sign in or use another e-mail.',
  },
  unknown_unit: { vi: 'Đơn vị đã chọn không tồn tại.', en: 'The chosen unit does not exist.' },
  weak_password: {
    vi: 'Mật khẩu cần từ 8 đến 128 ký tự và không được trùng với email hay họ tên.',
    en: 'The password needs 8 to 128 characters and must not be your e-mail or name.',
  },
  wrong_current_password: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  unit_exists: { vi: 'Đã có đơn vị mang tên này.', en: 'A unit with this name already exists.' },
  setup_done: {
    vi: 'Hệ thống đã được thiết lập. Hãy đăng nhập.',
    en: 'The platform is already set up. Please sign in.',
  },
  setup_token_invalid: {
    vi: 'Mã thiết lập không đúng hoặc đã được sử dụng.',
    en: 'The setup token is wrong or has already been used.',
  },
  last_organizer: {
    vi: 'Không thể bỏ quyền của người tổ chức cuối cùng.',
    en: 'The last organizer cannot lose that role.',
  },
  internal: {
    vi: 'Đã có lỗi xảy ra phía máy chủ. Dữ liệu của bạn không bị thay đổi; vui lòng thử lại.',
    en: 'Something went wrong on the server. Nothing was changed; please try again.',
  },
} satisfies Record<string, Text>;

export type MessageCode = keyof typeof messages;

export function translate(
  code: MessageCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return messages[code][locale].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
