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
    vi: 'Tài khoản này bị đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút, hoặc chọn «Quên mật khẩu?»: '
      + 'đặt mật khẩu mới qua đường dẫn trong email là vào được ngay.',
    en: 'Too many failed sign-ins to this account. Please try again in {minutes} minutes, or choose «Forgot your password?»: '
      + 'setting a new password through the link in the e-mail signs you in at once.',
  },
  sign_in_busy_network: {
    vi: 'Nhiều người đang đăng nhập từ mạng của bạn cùng lúc. Vui lòng thử lại sau {seconds} giây.',
    en: 'Many people are signing in from your network at once. Please try again in {seconds} seconds.',
  },
  too_many_attempts_from_network: {
    vi: 'Có quá nhiều lần đăng nhập sai từ mạng bạn đang dùng. Vui lòng thử lại sau {minutes} phút, hoặc dùng mạng khác (ví dụ dữ liệu di động).',
    en: 'Too many failed sign-ins from the network you are on. Please try again in {minutes} minutes, or use another network (mobile data, for example).',
  },
  invalid_email: {
    vi: '«Email» không hợp lệ: trước @ chỉ dùng chữ không dấu, chữ số và . _ % + -; sau @ là tên miền có dấu chấm '
      + '(ví dụ: ten@coquan.gov.vn). Không dùng dấu cách, dấu phẩy, ngoặc hay ký tự ẩn.',
    en: '«E-mail» is not a valid address: before the @ only unaccented letters, digits and . _ % + -; after it a '
      + 'domain with a dot (for example: name@agency.gov.vn). No spaces, commas, brackets or invisible characters.',
  },
  invalid_credentials: { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong e-mail or password.' },
  email_taken: {
    vi: 'Email này đã được dùng để đăng ký. Hãy đăng nhập hoặc dùng e-mail khác.',
    en: 'This e-mail is already registered. Sign in or use another e-mail.',
  },
  unknown_unit: { vi: 'Đơn vị đã chọn không tồn tại.', en: 'The chosen unit does not exist.' },
  unit_closed_to_entrants: {
    vi: 'Đơn vị «{unit}» không nhận người dự thi đăng ký. Hãy chọn đơn vị nơi bạn công tác.',
    en: 'The unit "{unit}" does not take entrants. Choose the unit you work in.',
  },
  weak_password: {
    vi: 'Mật khẩu cần từ 8 đến 128 ký tự, không trùng với email hay họ tên, và không phải mật khẩu '
      + 'phổ biến, dễ đoán (như 12345678, matkhau123, qwerty). Hãy dùng một câu ngắn dễ nhớ.',
    en: 'The password needs 8 to 128 characters, must not be your e-mail or name, and must not be a '
      + 'common, easily guessed one (like 12345678, password1, qwerty). Try a short sentence you remember.',
  },
  password_link_invalid: {
    vi: 'Đường dẫn đặt mật khẩu không đúng, đã hết hạn hoặc đã được dùng. Hãy yêu cầu đường dẫn mới ở trang «Quên mật khẩu?».',
    en: 'This password link is wrong, has expired or was already used. Ask for a new one on the «Forgot your password?» page.',
  },
  wrong_current_password: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  unit_exists: { vi: 'Đã có đơn vị mang tên này.', en: 'A unit with this name already exists.' },
  unit_parent_unknown: { vi: 'Không có đơn vị cấp trên này.', en: 'There is no such parent unit.' },
  unit_cycle: {
    vi: 'Không thể đặt «{parent}» làm cấp trên: đó là chính đơn vị này hoặc một đơn vị trực thuộc nó.',
    en: '"{parent}" cannot be the parent unit: it is this unit or a unit under it.',
  },
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
  person_deactivated: {
    vi: 'Người này đang bị tạm khóa: hãy mở lại tài khoản trước khi gửi liên kết đặt mật khẩu.',
    en: 'This person is deactivated: reactivate the account before sending a set-password link.',
  },
  account_deactivated: {
    vi: 'Tài khoản này đã bị ban tổ chức tạm khóa. Nếu cần dùng lại, hãy liên hệ ban tổ chức.',
    en: 'This account has been deactivated by the organizers. Contact them to have it reopened.',
  },
  cannot_deactivate_self: {
    vi: 'Bạn không thể tự khóa tài khoản của mình. Hãy nhờ một người tổ chức khác.',
    en: 'You cannot deactivate your own account. Ask another organizer.',
  },
  slug_taken: {
    vi: 'Đường dẫn (slug) này đã được dùng cho cuộc thi khác.',
    en: 'This slug is already used by another contest.',
  },
  invalid_slug: {
    vi: 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: guong-sang-2026).',
    en: 'The slug may contain only lower-case letters, digits and hyphens (e.g. guong-sang-2026).',
  },
  invalid_window: {
    vi: 'Thời điểm kết thúc nhận bài phải sau thời điểm bắt đầu.',
    en: 'Submissions must close after they open.',
  },
  invalid_word_limits: {
    vi: 'Số chữ tối thiểu không được lớn hơn số chữ tối đa.',
    en: 'The minimum word count must not exceed the maximum.',
  },
  invalid_rubric: {
    vi: 'Mỗi tiêu chí chấm cần tên, trọng số lớn hơn 0 và điểm tối đa lớn hơn điểm tối thiểu.',
    en: 'Every criterion needs a name, a weight above 0 and a maximum above its minimum.',
  },
  invalid_category: {
    vi: 'Thể loại đã chọn không có trong cuộc thi này.',
    en: 'The chosen category is not part of this contest.',
  },
  submission_closed: {
    vi: 'Đã hết hạn nộp bài ({deadline}, giờ Việt Nam). Bài dự thi không thể thay đổi nữa.',
    en: 'The submission deadline has passed ({deadline}, Vietnam time). The entry can no longer change.',
  },
  submission_not_open: {
    vi: 'Cuộc thi chưa mở nhận bài. Thời gian nhận bài bắt đầu từ {opens} (giờ Việt Nam).',
    en: 'The contest does not accept entries yet. Submissions open at {opens} (Vietnam time).',
  },
  entry_changed_elsewhere: {
    vi: 'Bài này đã được lưu ở một thẻ hoặc thiết bị khác sau khi trang này mở ra. Để không ghi đè hay nộp nhầm bản đó, thao tác ở đây chưa được thực hiện: hãy chép lại phần vừa gõ (nếu có), rồi tải lại trang để xem bản mới nhất.',
    en: 'This entry was saved in another tab or on another device after this page was opened. So as not to overwrite it or submit the wrong version, nothing was done here: copy what you just typed (if anything), then reload the page to see the latest version.',
  },
  entry_locked: {
    vi: 'Bài dự thi này đã được rút hoặc bị loại nên không thể thay đổi.',
    en: 'This entry was withdrawn or disqualified and can no longer change.',
  },
  entry_not_submittable: {
    vi: 'Chưa nộp được bài: cần sửa {count} điều sau.',
    en: 'The entry cannot be submitted yet: {count} things need fixing.',
  },
  title_required: { vi: 'Bài dự thi cần có tiêu đề.', en: 'The entry needs a title.' },
  category_required: { vi: 'Vui lòng chọn thể loại cho bài dự thi.', en: 'Please choose a category for the entry.' },
  too_few_words: {
    vi: 'Bài viết có {count} chữ, ít hơn mức tối thiểu {min} chữ của thể lệ.',
    en: 'The essay has {count} words, fewer than the minimum of {min}.',
  },
  too_many_words: {
    vi: 'Bài viết có {count} chữ, vượt mức tối đa {max} chữ của thể lệ.',
    en: 'The essay has {count} words, more than the maximum of {max}.',
  },
  html_too_deep: {
    vi: 'Định dạng của bài viết lồng nhau quá nhiều lớp. Vui lòng dán lại dưới dạng văn bản thường.',
    en: 'The essay\'s formatting is nested too deeply. Please paste it again as plain text.',
  },
  too_many_attachments: {
    vi: 'Mỗi bài dự thi được đính kèm tối đa {max} tệp.',
    en: 'An entry may have at most {max} attachments.',
  },
  invalid_multipart: {
    vi: 'Dữ liệu tải lên bị lỗi hoặc không đầy đủ. Vui lòng tải tệp lên lại.',
    en: 'The upload was garbled or cut off. Please upload the file again.',
  },
  too_many_parts: {
    vi: 'Mỗi lần chỉ tải lên một tệp.',
    en: 'Upload one file at a time.',
  },
  invalid_url: { vi: 'Địa chỉ không hợp lệ.', en: 'The address is not valid.' },
  invalid_utf8: {
    vi: 'Nội dung gửi lên không phải văn bản UTF-8 hợp lệ.',
    en: 'The request is not valid UTF-8 text.',
  },
  invalid_text: {
    vi: '«{field}» chứa ký tự không được phép (ký tự điều khiển, ký tự đảo chiều văn bản hoặc ký tự lỗi).',
    en: '«{field}» contains characters that are not allowed (control characters, text-direction overrides or broken characters).',
  },
  unknown_field: {
    vi: 'Trường «{field}» không được chấp nhận.',
    en: 'The field «{field}» is not accepted.',
  },
  invalid_name: {
    vi: '«{field}» chỉ được có chữ, chữ số, dấu câu và dấu cách; không được có ký tự ẩn (như ký tự rộng bằng không, '
      + 'gạch nối mềm, bộ chọn biến thể) hay dấu thanh đứng riêng.',
    en: '«{field}» may hold only letters, digits, punctuation and spaces; no invisible characters (such as zero-width '
      + 'spaces, soft hyphens, variation selectors) or stray accent marks.',
  },
  invisible_text: {
    vi: '«{field}» cần có ít nhất một ký tự nhìn thấy được.',
    en: '«{field}» needs at least one visible character.',
  },
  invalid_round_window: {
    vi: 'Vòng chấm phải kết thúc sau khi bắt đầu.',
    en: 'A judging round must close after it opens.',
  },
  not_a_judge: {
    vi: 'Người này chưa có vai trò giám khảo. Hãy cấp vai trò giám khảo trước khi đưa vào hội đồng.',
    en: 'This person is not a judge yet. Give them the judge role before adding them to a panel.',
  },
  judge_is_entrant: {
    vi: 'Người này có bài dự thi trong cuộc thi nên không thể làm giám khảo.',
    en: 'This person has an entry in the contest and cannot judge it.',
  },
  sheet_submitted: {
    vi: 'Phiếu chấm này đã được nộp. Muốn đổi điểm, hãy sửa rồi bấm «Nộp lại điểm».',
    en: 'This score sheet has been submitted. To change the scores, edit them and press «Submit again».',
  },
  sheet_changed_elsewhere: {
    vi: 'Phiếu chấm này đã được lưu hoặc gửi ở một thẻ hoặc thiết bị khác sau khi trang này mở ra, nên thay đổi ở đây chưa được lưu để không ghi đè lên phiếu đó. Hãy ghi lại điểm vừa nhập, rồi tải lại trang để xem phiếu mới nhất.',
    en: 'This score sheet was saved or submitted in another tab or on another device after this page was opened, so the changes here were not saved: they would have overwritten it. Note the scores you just entered, then reload the page to see the latest sheet.',
  },
  round_closed: {
    vi: 'Vòng chấm đã kết thúc ({closes}, giờ Việt Nam). Điểm không thể thay đổi nữa.',
    en: 'The judging round has closed ({closes}, Vietnam time). Scores can no longer change.',
  },
  round_judging_started: {
    vi: 'Vòng chấm đã bắt đầu (đã phân bài hoặc đã có lượt so sánh), nên không thể đổi cách chấm hay số lần so sánh mỗi bài.',
    en: 'Judging has started in this round (entries assigned or comparisons made), so its method and comparisons per entry cannot change.',
  },
  round_is_comparative: {
    vi: 'Vòng này chấm bằng so sánh từng cặp: giám khảo nhận từng cặp bài, không cần phân bài.',
    en: 'This round is judged by comparison: judges are served pairs of entries, nothing to assign.',
  },
  comparative_reliability_in_results: {
    vi: 'Vòng này chấm bằng so sánh từng cặp: độ tin cậy của vòng (SSR, tương quan chia đôi, độ khớp của giám khảo) nằm trong kết quả của vòng.',
    en: 'This round is judged by comparison: its reliability (SSR, split-half correlation, judge fit) is part of the round\'s results.',
  },
  pair_not_served: {
    vi: 'Cặp bài này không phải cặp được giao cho bạn. Hãy tải lại trang để nhận cặp tiếp theo.',
    en: 'This pair is not one served to you. Reload the page to get your next pair.',
  },
  comparisons_done: {
    vi: 'Bạn đã làm đủ số lượt so sánh của mình trong vòng này. Cảm ơn bạn!',
    en: 'You have made all your comparisons in this round. Thank you!',
  },
  round_not_open: {
    vi: 'Vòng chấm chưa bắt đầu. Thời gian chấm bắt đầu từ {opens} (giờ Việt Nam).',
    en: 'The judging round has not opened yet. It opens at {opens} (Vietnam time).',
  },
  score_out_of_range: {
    vi: 'Điểm tiêu chí «{criterion}» phải từ {min} đến {max}.',
    en: 'The score for «{criterion}» must be between {min} and {max}.',
  },
  score_off_step: {
    vi: 'Điểm tiêu chí «{criterion}» chấm theo từng nửa điểm, ví dụ 7 hoặc 7,5.',
    en: 'The score for «{criterion}» goes in half points, e.g. 7 or 7.5.',
  },
  unknown_criterion: {
    vi: 'Có tiêu chí chấm không thuộc thang điểm của cuộc thi.',
    en: 'A score refers to a criterion that is not in the rubric.',
  },
  scores_incomplete: {
    vi: 'Cần chấm đủ tất cả tiêu chí trước khi nộp điểm (còn thiếu: {missing}).',
    en: 'Score every criterion before submitting (missing: {missing}).',
  },
  entry_left_contest: {
    vi: 'Bài này đã rút hoặc bị loại khỏi cuộc thi nên không cần chấm nữa.',
    en: 'This entry was withdrawn or disqualified: there is nothing left to score.',
  },
  assignment_inactive: {
    vi: 'Bài này không còn được phân công cho bạn.',
    en: 'This entry is no longer assigned to you.',
  },
  not_submitted: {
    vi: 'Chỉ có thể loại hoặc khôi phục bài đã nộp.',
    en: 'Only submitted entries can be disqualified or reinstated.',
  },
  awards_final: {
    vi: 'Kết quả trao giải đã được chốt: tiêu chí chấm, điểm, vòng chấm, hội đồng giám khảo, quyết định đồng hạng và việc loại bài không thể thay đổi nữa. Muốn sửa một kết quả, hãy thu hồi giải đó kèm lý do.',
    en: 'The awards are final: the rubric, scores, rounds, judging panels, tie decisions and disqualifications can no longer change. To correct a result, revoke that award with a reason.',
  },
  awards_not_final_to_revoke: {
    vi: 'Kết quả chưa chốt: hãy sửa quyết định trao giải thay vì thu hồi.',
    en: 'The awards are not final yet: change the decision instead of revoking.',
  },
  award_not_found: {
    vi: 'Bài {code} không có giải nào đang hiệu lực để thu hồi.',
    en: 'Entry {code} holds no standing award to revoke.',
  },
  award_entry_not_submitted: {
    vi: 'Bài {code} đã bị loại hoặc rút nên không thể nhận giải. Hãy bỏ bài này khỏi danh sách trao giải.',
    en: 'Entry {code} was disqualified or withdrawn and cannot win. Take it off the awards first.',
  },
  criterion_scored: {
    vi: 'Tiêu chí «{name}» đã có điểm chấm nên không thể xóa.',
    en: 'The criterion «{name}» has already been scored and cannot be removed.',
  },
  criterion_scale_scored: {
    vi: 'Tiêu chí «{name}» đã có điểm chấm từ {min} đến {max}: thang điểm phải chứa các điểm ấy.',
    en: 'The criterion «{name}» already has scores from {min} to {max}: its scale must still include them.',
  },
  entry_limit_reached: {
    vi: 'Thể lệ cho phép mỗi tác giả {limit} bài trong cuộc thi này và bạn đã có đủ số bài. Hãy mở bài đã có để viết tiếp, hoặc rút bài đó trước khi bắt đầu bài mới.',
    en: 'The rules allow {limit} entry per author in this contest and you already have it. Open your existing entry to go on writing, or withdraw it before starting a new one.',
  },
  awards_round_open: {
    vi: 'Vòng «{round}» của cuộc thi này chưa kết thúc: kết quả có thể còn thay đổi khi vòng đó đóng.',
    en: 'The round «{round}» of this contest has not closed yet: results may still change when it closes.',
  },
  prize_tier_awarded: {
    vi: 'Giải «{name}» đã được trao cho {count} bài nên không thể xóa hoặc giảm số giải dưới {count}.',
    en: 'The «{name}» tier has been awarded to {count} entries: it cannot be removed or cut below {count}.',
  },
  judge_cannot_enter: {
    vi: 'Bạn đang (hoặc đã) là giám khảo của cuộc thi này nên không thể dự thi.',
    en: 'You are (or were) on a judging panel of this contest, so you cannot enter it.',
  },
  award_reason_required: {
    vi: 'Cần ghi lý do khi trao giải khác với đề xuất theo xếp hạng (bài {code}).',
    en: 'Give a reason when an award departs from the ranking\'s proposal (entry {code}).',
  },
  award_tier_full: {
    vi: 'Giải «{tier}» chỉ có {count} giải.',
    en: 'The «{tier}» tier has only {count} prizes.',
  },
  award_one_per_person: {
    vi: 'Mỗi tác giả chỉ nhận một giải (bài {code}).',
    en: 'One prize per person (entry {code}).',
  },
  award_unit_cap: {
    vi: 'Mỗi đơn vị nhận tối đa {cap} giải (bài {code}).',
    en: 'A unit may receive at most {cap} prizes (entry {code}).',
  },
  no_results: {
    vi: 'Chưa có vòng chấm nào có điểm để đề xuất giải.',
    en: 'No judging round has scores to propose awards from.',
  },
  awards_not_final: {
    vi: 'Cần chốt kết quả trao giải trước khi công bố.',
    en: 'Finalize the awards before publishing.',
  },
  publication_locked: {
    vi: 'Ban Tổ chức đã duyệt bản công bố này nên không thể sửa nữa. Liên hệ Ban Tổ chức nếu cần thay đổi.',
    en: 'The organizers have approved this public version, so it can no longer change. Contact them if something must change.',
  },
  publication_empty: {
    vi: 'Bản công bố cần có tiêu đề và nội dung.',
    en: 'The public version needs a title and a text.',
  },
  publication_too_different: {
    vi: 'Bản công bố chỉ được sửa lỗi chính tả và lược bỏ thông tin riêng tư, không được thay đổi nội dung bài đã chấm (bạn đã thêm {added} chữ và bỏ {removed} chữ).',
    en: 'The public version may only fix typos and remove private details, not change the judged story (you added {added} words and removed {removed}).',
  },
  pen_name_required: {
    vi: 'Hãy nhập bút danh, hoặc chọn đăng bằng tên thật.',
    en: 'Enter a pen name, or choose to publish under your real name.',
  },
  invalid_photo: {
    vi: 'Chỉ có thể chọn ảnh đã nộp kèm bài dự thi.',
    en: 'Only photos submitted with the entry can be chosen.',
  },
  publication_changed: {
    vi: 'Tác giả vừa sửa bản công bố sau khi bạn mở trang. Hãy xem lại bản mới trước khi duyệt.',
    en: 'The author changed the public version after you opened it. Review the new version before approving.',
  },
  publish_time_past: {
    vi: 'Thời điểm hẹn công bố đã qua. Hãy chọn một thời điểm sắp tới, hoặc chọn công bố ngay.',
    en: 'The scheduled time has already passed. Choose a time to come, or publish now.',
  },
  publication_not_approved_by_author: {
    vi: 'Tác giả chưa duyệt bản công bố này.',
    en: 'The author has not approved this public version yet.',
  },
  field_required: { vi: 'Thiếu {field}.', en: '{field} is required.' },
  field_empty: { vi: '{field} không được để trống.', en: '{field} must not be empty.' },
  field_too_short: { vi: '{field} cần ít nhất {limit} ký tự.', en: '{field} needs at least {limit} characters.' },
  field_too_long: { vi: '{field} dài quá {limit} ký tự.', en: '{field} must not exceed {limit} characters.' },
  field_format: { vi: '{field} không đúng định dạng.', en: '{field} is not in the right format.' },
  field_below_minimum: { vi: '{field} phải từ {limit} trở lên.', en: '{field} must be at least {limit}.' },
  field_above_maximum: { vi: '{field} không được lớn hơn {limit}.', en: '{field} must be at most {limit}.' },
  field_invalid: { vi: '{field} có giá trị không hợp lệ.', en: '{field} has an invalid value.' },
  invalid_body_field: { vi: 'Dữ liệu không hợp lệ: {field}.', en: 'Invalid body: {field}.' },
  invalid_parameter: { vi: 'Tham số không hợp lệ: {field}.', en: 'Invalid {context}: {field}.' },
  // Why an uploaded file was refused, in words the entrant can act on (files/errors.ts).
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
    vi: 'Ảnh có kích thước quá lớn (tối đa {megapixels} triệu điểm ảnh, mỗi cạnh tối đa {side} điểm ảnh). Vui lòng thu nhỏ ảnh rồi tải lên lại.',
    en: 'The picture is too large (at most {megapixels} megapixels, and {side} pixels a side). Please shrink it and upload it again.',
  },
  uploads_busy: {
    vi: 'Máy chủ đang xử lý rất nhiều tệp tải lên. Bài của bạn chưa bị mất: vui lòng thử tải tệp lên lại sau {seconds} giây.',
    en: 'The server is processing a great many uploads. Nothing of yours is lost: please upload the file again in {seconds} seconds.',
  },
  extraction_failed: {
    vi: 'Không đọc được nội dung tệp trong thời gian cho phép. Vui lòng lưu lại tệp ở dạng đơn giản hơn hoặc dán nội dung trực tiếp vào ô soạn thảo.',
    en: 'The content of the file could not be read in the time allowed. Please save it in a simpler form or paste the text straight into the editor.',
  },
  import_not_table: {
    vi: 'Tệp không phải CSV (UTF-8) hay Excel (.xlsx). Vui lòng lưu bảng tính dưới dạng .xlsx hoặc «CSV UTF-8» rồi tải lên.',
    en: 'The file is neither CSV (UTF-8) nor Excel (.xlsx). Please save the spreadsheet as .xlsx or "CSV UTF-8" and upload that.',
  },
  import_empty: { vi: 'Tệp không có dòng tiêu đề hoặc không có dữ liệu.', en: 'The file has no header row or no data.' },
  import_too_large: {
    vi: 'Tệp quá lớn (tối đa {maxMb} MB). Vui lòng chia thành nhiều tệp.',
    en: 'The file is too large (at most {maxMb} MB). Please split it into several files.',
  },
  import_too_many_rows: {
    vi: 'Tệp có quá nhiều dòng (tối đa {max}). Vui lòng chia thành nhiều tệp.',
    en: 'The file has too many rows (at most {max}). Please split it into several files.',
  },
  import_columns: {
    vi: 'Cột «{column}» không thuộc mẫu. Các cột cần có: {expected}.',
    en: 'The column "{column}" is not in the template. The columns are: {expected}.',
  },
  import_missing_column: {
    vi: 'Thiếu cột «{column}». Các cột cần có: {expected}.',
    en: 'The column "{column}" is missing. The columns are: {expected}.',
  },
  import_preview_expired: {
    vi: 'Bản xem trước đã hết hạn hoặc đã được dùng. Vui lòng tải tệp lên lại.',
    en: 'The preview has expired or was already used. Please upload the file again.',
  },
  import_changed: {
    vi: 'Dữ liệu đã thay đổi từ lúc xem trước ({problems} dòng có vấn đề mới). Chưa có gì được lưu; vui lòng tải tệp lên lại để xem trước.',
    en: 'The data changed since the preview ({problems} rows now have problems). Nothing was saved; please upload the file again to preview it.',
  },
  import_bad_text: {
    vi: 'Ô có ký tự điều khiển hoặc ký tự đảo chiều không được phép.',
    en: 'The cell contains control or direction-changing characters that are not allowed.',
  },
  import_too_long: { vi: 'Ô dài quá {max} ký tự.', en: 'The cell is longer than {max} characters.' },
  import_bad_name: {
    vi: '«{value}» có ký tự ẩn hoặc không được phép trong tên (chỉ chữ, chữ số, dấu câu và dấu cách).',
    en: '"{value}" holds invisible or disallowed characters for a name (only letters, digits, punctuation and spaces).',
  },
  import_missing_name: { vi: 'Thiếu tên.', en: 'The name is missing.' },
  import_bad_email: {
    vi: 'E-mail «{value}» không hợp lệ: trước @ chỉ dùng chữ không dấu, chữ số và . _ % + -; sau @ là tên miền có dấu chấm.',
    en: 'The e-mail "{value}" is not a valid address: before the @ only unaccented letters, digits and . _ % + -; after it a domain with a dot.',
  },
  import_duplicate_email: {
    vi: 'E-mail trùng với dòng {first} trong tệp.',
    en: 'The e-mail repeats row {first} of the file.',
  },
  import_email_exists: {
    vi: 'Đã có người dùng với e-mail này.',
    en: 'Someone with this e-mail is already registered.',
  },
  import_missing_unit: { vi: 'Thiếu đơn vị.', en: 'The unit is missing.' },
  import_unknown_unit: {
    vi: 'Không có đơn vị «{unit}». Hãy nhập đơn vị trước hoặc sửa tên cho khớp.',
    en: 'There is no unit "{unit}". Import the units first or correct the name.',
  },
  import_unknown_role: {
    vi: 'Vai trò «{role}» không có (dùng: giám khảo, ban tổ chức).',
    en: 'There is no role "{role}" (use: judge, organizer).',
  },
  import_bad_headcount: {
    vi: 'Số người «{value}» phải là số nguyên từ 0 trở lên.',
    en: 'The headcount "{value}" must be a whole number, 0 or more.',
  },
  import_duplicate_unit: {
    vi: 'Tên đơn vị trùng với dòng {first} trong tệp.',
    en: 'The unit name repeats row {first} of the file.',
  },
  import_unknown_parent: {
    vi: 'Không có đơn vị cấp trên «{parent}» trong tệp hay trong hệ thống.',
    en: 'The parent unit "{parent}" is neither in the file nor in the platform.',
  },
  import_unit_cycle: {
    vi: 'Đơn vị cấp trên «{parent}» tạo thành vòng lặp (một đơn vị không thể là cấp trên của chính nó).',
    en: 'The parent unit "{parent}" makes a loop (a unit cannot be above itself).',
  },
  page_beyond_last: {
    vi: 'Không có trang {page}: danh sách chỉ có {pages} trang.',
    en: 'There is no page {page}: the list has {pages} pages.',
  },
  internal: {
    vi: 'Đã có lỗi xảy ra phía máy chủ. Dữ liệu của bạn không bị thay đổi; vui lòng thử lại.',
    en: 'Something went wrong on the server. Nothing was changed; please try again.',
  },
} satisfies Record<string, Text>;

/** Names of the fields users fill in, as the forms label them, for validation messages. */
export const fieldLabels = {
  email: { vi: 'Email', en: 'E-mail' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  unitId: { vi: 'Đơn vị', en: 'Unit' },
  unitName: { vi: 'Tên đơn vị', en: 'Unit name' },
  name: { vi: 'Tên', en: 'Name' },
  headcount: { vi: 'Số cán bộ, đảng viên, người lao động', en: 'Headcount' },
  token: { vi: 'Mã thiết lập', en: 'Setup token' },
  roles: { vi: 'Vai trò', en: 'Roles' },
  page: { vi: 'Trang', en: 'Page' },
  pageSize: { vi: 'Số dòng mỗi trang', en: 'Rows per page' },
} satisfies Record<string, Text>;

/** What a validation message calls the request when no one field is at fault. */
export const wholeRequestLabel: Text = { vi: 'Nội dung', en: 'The body' };

export type MessageCode = keyof typeof messages;

export function translate(
  code: MessageCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return messages[code][locale].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
