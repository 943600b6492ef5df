import type { Locale } from '../lib/locale.ts';
import { formatVietnamTime } from '../lib/time.ts';
import { platformLink } from './links.ts';
import type { MailContent } from './queue.ts';

/**
 * Every mail the platform sends, in Vietnamese and in English for people who chose it: one
 * catalogue, plain text (mail clients show it as written; nothing here is markup).
 */

const signature: Record<Locale, string> = {
  vi: '—\nBan Tổ chức cuộc thi\nThư này được gửi tự động từ Gương Sáng; vui lòng không trả lời thư này.',
  en: '—\nThe contest organizers\nThis message was sent automatically by Gương Sáng; please do not reply to it.',
};

const letter = (locale: Locale, subject: string, name: string, paragraphs: string[]): MailContent => ({
  subject,
  text: [locale === 'vi' ? `Kính gửi ${name},` : `Dear ${name},`, ...paragraphs, signature[locale]].join('\n\n') + '\n',
});

export interface ReceiptFacts {
  contestTitle: string;
  entryId: number;
  code: string;
  title: string;
  version: number;
  sha256: string;
  submittedAt: Date;
}

/** The submission receipt: the entry's code and the SHA-256 of what was submitted. */
export function receiptMail(locale: Locale, name: string, f: ReceiptFacts): MailContent {
  const time = formatVietnamTime(f.submittedAt);
  const link = platformLink(`/entries/${f.entryId}`);
  return locale === 'vi'
    ? letter(locale, `Biên nhận bài dự thi ${f.code} – ${f.contestTitle}`, name, [
      `Ban Tổ chức cuộc thi «${f.contestTitle}» đã nhận bài dự thi của bạn.`,
      [
        `Mã bài dự thi: ${f.code}`,
        `Tiêu đề: ${f.title}`,
        `Lần nộp: ${f.version}`,
        `Thời điểm nộp: ${time} (giờ Việt Nam)`,
        `Mã SHA-256 của bài đã nộp: ${f.sha256}`,
      ].join('\n'),
      'Hãy giữ thư này làm biên nhận: mã SHA-256 xác nhận đúng nội dung bạn đã nộp. '
        + 'Bạn có thể sửa hoặc rút bài cho đến hạn chót nộp bài.',
      `Xem bài dự thi: ${link}`,
    ])
    : letter(locale, `Receipt for entry ${f.code} – ${f.contestTitle}`, name, [
      `The organizers of «${f.contestTitle}» have received your entry.`,
      [
        `Entry code: ${f.code}`,
        `Title: ${f.title}`,
        `Submission: ${f.version}`,
        `Submitted at: ${time} (Vietnam time)`,
        `SHA-256 of what you submitted: ${f.sha256}`,
      ].join('\n'),
      'Keep this message as your receipt: the SHA-256 confirms exactly what you submitted. '
        + 'You may edit or withdraw the entry until the submission deadline.',
      `See your entry: ${link}`,
    ]);
}

export interface AssignmentFacts { contestTitle: string; roundName: string; count: number; closesAt: Date }

/** A judge was given entries to read in a round. */
export function assignmentMail(locale: Locale, name: string, f: AssignmentFacts): MailContent {
  const deadline = formatVietnamTime(f.closesAt);
  const link = platformLink('/judging');
  return locale === 'vi'
    ? letter(locale, `Phân công chấm ${f.roundName} – ${f.contestTitle}`, name, [
      `Bạn được phân công chấm ${f.count} bài trong vòng «${f.roundName}» của cuộc thi «${f.contestTitle}».`,
      `Hạn chấm: ${deadline} (giờ Việt Nam). Bài được trình bày ẩn danh; nếu nhận ra tác giả, hãy báo "Xin không chấm" trên trang chấm.`,
      `Bắt đầu chấm: ${link}`,
    ])
    : letter(locale, `Judging assignment: ${f.roundName} – ${f.contestTitle}`, name, [
      `You have been assigned ${f.count} entries to read in the round «${f.roundName}» of «${f.contestTitle}».`,
      `Deadline: ${deadline} (Vietnam time). Entries are anonymous; if you recognise an author, recuse yourself on the judging page.`,
      `Start judging: ${link}`,
    ]);
}

export interface ReminderFacts { contestTitle: string; roundName: string; unfinished: number; closesAt: Date; hoursLeft: number }

/** 48 h and 24 h before a round closes, to judges with unfinished sheets. */
export function reminderMail(locale: Locale, name: string, f: ReminderFacts): MailContent {
  const deadline = formatVietnamTime(f.closesAt);
  const link = platformLink('/judging');
  return locale === 'vi'
    ? letter(locale, `Nhắc hạn chấm: còn ${f.hoursLeft} giờ – ${f.roundName}`, name, [
      `Vòng «${f.roundName}» của cuộc thi «${f.contestTitle}» khép lại lúc ${deadline} (giờ Việt Nam), còn khoảng ${f.hoursLeft} giờ.`,
      `Bạn còn ${f.unfinished} phiếu chấm chưa nộp. Sau hạn chót, điểm sẽ bị khóa.`,
      `Tiếp tục chấm: ${link}`,
    ])
    : letter(locale, `Judging deadline in ${f.hoursLeft} hours – ${f.roundName}`, name, [
      `The round «${f.roundName}» of «${f.contestTitle}» closes at ${deadline} (Vietnam time), in about ${f.hoursLeft} hours.`,
      `You have ${f.unfinished} score sheets not yet submitted. After the deadline, scores are locked.`,
      `Continue judging: ${link}`,
    ]);
}

export interface AwardFacts { contestTitle: string; entryId: number; code: string; title: string; tierName: string }

/** The awards are final and this entry won. */
export function awardMail(locale: Locale, name: string, f: AwardFacts): MailContent {
  const link = platformLink(`/entries/${f.entryId}`);
  return locale === 'vi'
    ? letter(locale, `Chúc mừng: bài ${f.code} đạt ${f.tierName} – ${f.contestTitle}`, name, [
      `Ban Tổ chức trân trọng thông báo: bài dự thi «${f.title}» (mã ${f.code}) của bạn đạt ${f.tierName} cuộc thi «${f.contestTitle}».`,
      'Trước khi công bố, mời bạn xem lại bản công bố của bài: sửa lỗi chính tả, chọn tên thật hay bút danh, bỏ các chi tiết riêng tư của đồng nghiệp, rồi đồng ý.',
      `Xem và duyệt bản công bố: ${link}`,
    ])
    : letter(locale, `Congratulations: entry ${f.code} won ${f.tierName} – ${f.contestTitle}`, name, [
      `We are pleased to tell you that your entry «${f.title}» (code ${f.code}) won ${f.tierName} in «${f.contestTitle}».`,
      'Before publication, please review the public version of your story: fix typos, choose your real name or a pen name, remove colleagues\' private details, then approve it.',
      `Review and approve the public version: ${link}`,
    ]);
}

export interface PublicationFacts { contestTitle: string; slug: string; publishedAt: Date }

/** The contest's showcase of winning stories is public. */
export function publicationMail(locale: Locale, name: string, f: PublicationFacts): MailContent {
  const link = platformLink(`/showcase/${f.slug}`);
  const time = formatVietnamTime(f.publishedAt);
  return locale === 'vi'
    ? letter(locale, `Công bố kết quả – ${f.contestTitle}`, name, [
      `Các bài đạt giải của cuộc thi «${f.contestTitle}» đã được công bố lúc ${time} (giờ Việt Nam).`,
      `Đọc và chia sẻ: ${link}`,
    ])
    : letter(locale, `Results published – ${f.contestTitle}`, name, [
      `The winning stories of «${f.contestTitle}» were published at ${time} (Vietnam time).`,
      `Read and share them: ${link}`,
    ]);
}

export interface PasswordLinkFacts { token: string; expiresAt: Date }

/** A reset the person asked for: a one-time link that expires. */
export function passwordResetMail(locale: Locale, name: string, f: PasswordLinkFacts): MailContent {
  const link = platformLink(`/password/${f.token}`);
  const until = formatVietnamTime(f.expiresAt);
  return locale === 'vi'
    ? letter(locale, 'Đặt lại mật khẩu Gương Sáng', name, [
      'Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu cho tài khoản Gương Sáng gắn với địa chỉ thư này.',
      `Đặt mật khẩu mới: ${link}`,
      `Đường dẫn chỉ dùng được một lần, đến ${until} (giờ Việt Nam). Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không đổi.`,
    ])
    : letter(locale, 'Reset your Gương Sáng password', name, [
      'Someone (probably you) asked to reset the password of the Gương Sáng account for this address.',
      `Set a new password: ${link}`,
      `The link works once, until ${until} (Vietnam time). If you did not ask, ignore this message: your password stays as it is.`,
    ]);
}

/** An invitation for a person the organizers added: set a password to sign in. */
export function invitationMail(locale: Locale, name: string, f: PasswordLinkFacts & { email: string }): MailContent {
  const link = platformLink(`/password/${f.token}`);
  const until = formatVietnamTime(f.expiresAt);
  return locale === 'vi'
    ? letter(locale, 'Mời tham gia Gương Sáng', name, [
      `Ban Tổ chức đã tạo cho bạn một tài khoản Gương Sáng, nền tảng cuộc thi viết. Tên đăng nhập là địa chỉ thư này: ${f.email}.`,
      `Đặt mật khẩu để bắt đầu: ${link}`,
      `Đường dẫn dùng được một lần, đến ${until} (giờ Việt Nam). Khi hết hạn, hãy dùng "Quên mật khẩu?" ở trang đăng nhập.`,
    ])
    : letter(locale, 'You are invited to Gương Sáng', name, [
      `The organizers have created a Gương Sáng account for you on the writing-contest platform. Your sign-in name is this address: ${f.email}.`,
      `Set your password to begin: ${link}`,
      `The link works once, until ${until} (Vietnam time). After that, use "Forgot your password?" on the sign-in page.`,
    ]);
}
