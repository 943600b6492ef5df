/**
 * Vietnamese interface text: the source of truth for every message key (en.ts must match it).
 * `{name}` marks a parameter filled in by `translator`. Terms follow shared/GLOSSARY.md.
 */
export const vi = {
  'app.name': 'Gương Sáng',
  'app.tagline': 'Cuộc thi viết về những tấm gương sáng',
  'app.skipToContent': 'Bỏ qua, đến nội dung chính',
  'app.footer': 'Gương Sáng — nền tảng tổ chức cuộc thi viết. Giờ hiển thị theo giờ Việt Nam.',

  'nav.label': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.entries': 'Bài dự thi của tôi',
  'nav.judging': 'Chấm bài',
  'nav.contests': 'Cuộc thi',
  'nav.units': 'Đơn vị',
  'nav.people': 'Người dùng',
  'nav.login': 'Đăng nhập',
  'nav.register': 'Đăng ký',
  'nav.logout': 'Đăng xuất',
  'nav.signedInAs': 'Đang đăng nhập:',

  'locale.label': 'Ngôn ngữ',
  'locale.switchTo': 'Chuyển ngôn ngữ sang',

  'role.entrant': 'Người dự thi',
  'role.judge': 'Giám khảo',
  'role.organizer': 'Ban tổ chức',

  'home.title': 'Trang chủ',
  'home.visitor.heading': 'Cùng viết về những tấm gương sáng quanh ta',
  'home.visitor.lead':
    'Gương Sáng là nơi tổ chức cuộc thi viết về những người tốt, việc tốt ở đơn vị bạn: người dự thi viết và nộp bài trực tuyến, ban giám khảo chấm bài ẩn danh, ban tổ chức công bố những bài viết đoạt giải để lan tỏa gương sáng.',
  'home.visitor.stepsHeading': 'Tham gia thế nào?',
  'home.visitor.step1': 'Đăng ký tài khoản với email và đơn vị của bạn.',
  'home.visitor.step2':
    'Viết hoặc tải lên bài dự thi, nộp bài trước hạn nộp bài và nhận biên nhận nộp bài.',
  'home.visitor.step3': 'Theo dõi kết quả và đọc những bài viết được công bố.',
  'home.visitor.register': 'Đăng ký tham gia',
  'home.visitor.haveAccount': 'Đã có tài khoản?',
  'home.setup.heading': 'Hệ thống chưa được thiết lập',
  'home.setup.body':
    'Chưa có tài khoản ban tổ chức nào. Người cài đặt cần hoàn tất bước thiết lập ban đầu bằng mã thiết lập được in ra khi máy chủ khởi động lần đầu.',
  'home.setup.link': 'Đến trang thiết lập ban đầu',
  'home.user.greeting': 'Xin chào, {name}',
  'home.user.unit': 'Đơn vị: {unit}',
  'home.user.roles': 'Vai trò: {roles}',
  'home.user.lead': 'Bạn có thể làm tiếp những việc sau.',
  'home.card.entries.title': 'Viết và nộp bài dự thi',
  'home.card.entries.body':
    'Soạn bài, lưu bản nháp và nộp bài trước hạn nộp bài. Mỗi lần nộp bài, bạn nhận được biên nhận nộp bài có mã bài dự thi.',
  'home.card.entries.link': 'Đến bài dự thi của tôi',
  'home.card.judging.title': 'Chấm bài được phân công',
  'home.card.judging.body':
    'Đọc và chấm các bài dự thi được phân công theo thang điểm. Bài được chấm ẩn danh theo mã bài dự thi.',
  'home.card.judging.link': 'Đến danh sách phân công chấm',
  'home.card.contests.title': 'Quản lý cuộc thi',
  'home.card.contests.body':
    'Tạo cuộc thi viết, đặt thể lệ cuộc thi, hạn nộp bài, tiêu chí chấm và cơ cấu giải thưởng.',
  'home.card.contests.link': 'Đến trang cuộc thi',
  'home.card.units.title': 'Đơn vị',
  'home.card.units.body':
    'Danh sách đơn vị và số cán bộ, đảng viên, người lao động của từng đơn vị.',
  'home.card.units.link': 'Quản lý đơn vị',
  'home.card.people.title': 'Người dùng',
  'home.card.people.body': 'Tìm người dùng, lập ban giám khảo và phân quyền ban tổ chức.',
  'home.card.people.link': 'Quản lý người dùng',

  'field.email': 'Email',
  'field.fullName': 'Họ và tên',
  'field.unit': 'Đơn vị',
  'field.unitChoose': '— Chọn đơn vị —',
  'field.password': 'Mật khẩu',
  'field.newPasswordHint': 'Từ 8 đến 128 ký tự. Một câu dễ nhớ gồm nhiều từ là mật khẩu tốt.',
  'field.confirmPassword': 'Nhập lại mật khẩu',
  'field.token': 'Mã thiết lập',
  'field.tokenHint': 'Mã được in ra trong nhật ký máy chủ khi khởi động lần đầu.',
  'field.unitName': 'Tên đơn vị',
  'field.headcount': 'Số cán bộ, đảng viên, người lao động',

  'form.errorSummary': 'Vui lòng kiểm tra lại:',
  'validation.emailRequired': 'Vui lòng nhập email.',
  'validation.fullNameRequired': 'Vui lòng nhập họ và tên.',
  'validation.unitRequired': 'Vui lòng chọn đơn vị.',
  'validation.passwordRequired': 'Vui lòng nhập mật khẩu.',
  'validation.passwordLength': 'Mật khẩu phải có từ 8 đến 128 ký tự.',
  'validation.passwordMismatch': 'Hai mật khẩu không khớp nhau.',
  'validation.tokenRequired': 'Vui lòng nhập mã thiết lập.',
  'validation.unitNameRequired': 'Vui lòng nhập tên đơn vị.',
  'validation.headcountInvalid':
    'Số cán bộ, đảng viên, người lao động phải là số nguyên từ 0 đến {max}.',

  'login.title': 'Đăng nhập',
  'login.submit': 'Đăng nhập',
  'login.noAccount': 'Chưa có tài khoản?',

  'register.title': 'Đăng ký tài khoản',
  'register.lead': 'Tạo tài khoản để tham gia cuộc thi viết.',
  'register.submit': 'Đăng ký',
  'register.haveAccount': 'Đã có tài khoản?',
  'register.noUnits': 'Chưa có đơn vị nào để chọn. Vui lòng liên hệ ban tổ chức.',

  'setup.title': 'Thiết lập ban đầu',
  'setup.lead':
    'Tạo tài khoản ban tổ chức đầu tiên và đơn vị của bạn. Bước này chỉ làm một lần.',
  'setup.accountLegend': 'Tài khoản ban tổ chức',
  'setup.unitLegend': 'Đơn vị của bạn',
  'setup.submit': 'Hoàn tất thiết lập',
  'setup.done.heading': 'Hệ thống đã được thiết lập',
  'setup.done.body': 'Tài khoản ban tổ chức đầu tiên đã được tạo. Bạn có thể đăng nhập.',

  'units.title': 'Đơn vị',
  'units.lead':
    'Các đơn vị (tổ chức cơ sở đảng) và số cán bộ, đảng viên, người lao động — cơ sở để tính tỷ lệ tham gia.',
  'units.summary': '{count} đơn vị, tổng cộng {total} người',
  'units.empty': 'Chưa có đơn vị nào.',
  'units.listHeading': 'Danh sách đơn vị',
  'units.people': '{count} người',
  'units.edit': 'Sửa',
  'units.save': 'Lưu thay đổi',
  'units.addHeading': 'Thêm đơn vị',
  'units.add': 'Thêm đơn vị',
  'units.created': 'Đã thêm đơn vị “{name}”.',
  'units.updated': 'Đã lưu thay đổi của đơn vị “{name}”.',

  'error.notFound.heading': 'Không tìm thấy trang',
  'error.notFound.body': 'Trang bạn tìm không tồn tại hoặc bạn không có quyền xem.',
  'error.heading': 'Đã có lỗi xảy ra',
  'error.status': 'Mã lỗi {status}',
  'error.backHome': 'Về trang chủ',
  'error.unexpected': 'Đã có lỗi không mong muốn. Vui lòng thử lại sau.',
  'error.apiUnreachable': 'Không kết nối được máy chủ dữ liệu. Vui lòng thử lại sau.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof vi;
export type Messages = Record<MessageKey, string>;
