import type { Phrase } from './phrases.ts';

/**
 * The virtues Bác taught that the essays are organized around: each essay section shows one of
 * them with an anecdote, the subject's own words and one of Bác's teachings on it.
 */
export type VirtueKey = 'tan-tuy' | 'gian-di' | 'vi-dan' | 'tiet-kiem' | 'doan-ket' | 'sang-tao';

export interface Virtue {
  headings: readonly string[];
  /** Opens the section. */
  intros: readonly Phrase[];
  /** Habits that show the virtue, told as general facts. */
  habits: readonly Phrase[];
  /** The subject's own words. */
  sayings: readonly Phrase[];
  /** Bác's teachings on this virtue, verbatim but without the final full stop. */
  quotes: readonly string[];
}

export const VIRTUE_KEYS: readonly VirtueKey[] = ['tan-tuy', 'gian-di', 'vi-dan', 'tiet-kiem', 'doan-ket', 'sang-tao'];

export const VIRTUES: Record<VirtueKey, Virtue> = {
  'tan-tuy': {
    headings: ['Tận tụy với từng việc nhỏ', 'Không quản ngày đêm', 'Trách nhiệm đặt lên trên hết'],
    intros: [
      'Điều đầu tiên ai cũng nhận ra ở {ten} là sự tận tụy đến mức nhiều người phải ái ngại.',
      'Với {ten}, không có việc gì là nhỏ, bởi đằng sau mỗi việc là niềm tin của {dan}.',
      'Sự tận tụy của {ten} không nằm ở những lời hứa, mà ở những giờ làm việc không ai đếm.',
      'Nói đến tinh thần trách nhiệm, đồng nghiệp ở {donvi} thường nhắc ngay đến {ten}.',
    ],
    habits: [
      'Có những tuần {ng} ở lại cơ quan đến chín, mười giờ đêm chỉ để hoàn thành cho xong phần việc đã hứa với {dan}.',
      'Điện thoại của {ng} không bao giờ tắt, kể cả những ngày nghỉ phép hiếm hoi.',
      '{Ng} luôn là người nhận phần việc khó nhất, rồi lặng lẽ làm cho đến khi xong mới thôi.',
      'Sổ tay của {ng} kín đặc những ghi chép: việc nào đã xong, việc nào còn dang dở, ai đang cần giúp đỡ.',
      'Chưa một lần {ng} để {dan} phải chờ đợi vì lý do của bản thân mình.',
    ],
    sayings: [
      '“Mình làm chậm một ngày là {dan} khổ thêm một ngày”, {ng} nói, giọng nhỏ nhưng dứt khoát.',
      '{Ng} thường nói với chúng tôi: “Việc hôm nay chớ để ngày mai, nhất là việc của dân.”',
      'Có lần tôi hỏi vì sao không nghỉ ngơi cho khỏe, {ng} chỉ cười: “Nghỉ thì lúc nào cũng nghỉ được, còn người ta cần mình thì chỉ có lúc này thôi.”',
      '“Đã nhận việc thì phải làm đến nơi đến chốn”, câu nói ấy {ng} nhắc đi nhắc lại với lớp trẻ chúng tôi.',
    ],
    quotes: [
      'Không có việc gì khó, chỉ sợ lòng không bền. Đào núi và lấp biển, quyết chí ắt làm nên',
    ],
  },
  'gian-di': {
    headings: ['Giản dị như chính cuộc sống', 'Sống đẹp từ những điều bình thường', 'Nói ít, làm nhiều'],
    intros: [
      'Ở {ten}, sự giản dị không phải là điều gì cố gắng, mà là nếp sống đã ngấm vào từng thói quen.',
      { text: 'Ai gặp {ten} lần đầu cũng khó đoán được đó là một {chucdanh} đã có {nam} năm công tác.', only: 'person' },
      'Học Bác, {ten} chọn cho mình lối sống giản dị, khiêm tốn và gần gũi với mọi người.',
      'Điều khiến tôi nể phục nhất ở {ten} là sự nhất quán giữa lời nói và việc làm.',
    ],
    habits: [
      { text: 'Chiếc xe máy cũ đã theo {ng} hơn mười năm, yên xe vá mấy lần mà {ng} vẫn chưa chịu đổi.', only: 'person' },
      'Bữa trưa của {ng} thường chỉ là hộp cơm mang từ nhà, ăn vội ngay tại bàn làm việc.',
      'Trong các cuộc họp, {ng} ít khi nói về thành tích của mình, mà chỉ nói về những việc còn làm chưa tốt.',
      'Khi được đề nghị khen thưởng, {ng} thường xin nhường cho những đồng nghiệp trẻ cần động lực hơn.',
      '{Ng} cư xử với mọi người, từ lãnh đạo đến cô lao công, bằng cùng một sự lễ phép và chân thành.',
    ],
    sayings: [
      '{Ng} bảo: “Mình sống đơn giản thì đầu óc nhẹ nhàng, mới có sức mà lo cho người khác.”',
      '“Làm tốt việc của mình đã là khó rồi, khoe làm gì”, {ng} cười khi chúng tôi trêu chuyện được lên bảng vàng.',
      'Có lần được hỏi bí quyết, {ng} chỉ trả lời ngắn gọn: “Nói ít thôi, làm nhiều vào.”',
    ],
    quotes: [
      'Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền',
      'Đảng viên đi trước, làng nước theo sau',
    ],
  },
  'vi-dan': {
    headings: ['Hết lòng vì nhân dân', 'Lấy sự hài lòng của người dân làm thước đo', 'Gần dân, hiểu dân, giúp dân'],
    intros: [
      'Tấm lòng của {ten} dành cho {dan} có lẽ là điều tôi muốn kể nhiều nhất.',
      'Với {ten}, {dan} không phải là những con số trong báo cáo mà là những con người cụ thể, có tên tuổi, có hoàn cảnh.',
      'Những ai từng được {ten} giúp đỡ đều nhớ mãi sự tận tình ấy.',
      'Đặt mình vào vị trí của {dan} là cách {ten} làm việc mỗi ngày.',
    ],
    habits: [
      '{Ng} thuộc hoàn cảnh của từng gia đình khó khăn trong khu vực mình phụ trách, từ cụ già neo đơn đến những đứa trẻ mồ côi.',
      'Nhiều lần {ng} lặng lẽ bỏ tiền túi ra giúp người nghèo, rồi dặn chúng tôi đừng kể với ai.',
      'Khi có người nói nặng lời, {ng} vẫn kiên nhẫn lắng nghe cho đến khi họ nguôi giận rồi mới giải thích.',
      'Số điện thoại của {ng} được dán ngay ở bảng tin để {dan} có thể gọi bất cứ lúc nào.',
      'Những phản ánh của {dan}, dù nhỏ nhất, cũng được {ng} ghi lại và trả lời đến nơi đến chốn.',
    ],
    sayings: [
      '{Ng} hay nói: “Người ta tìm đến mình là mang theo niềm tin, mình không được để niềm tin ấy rơi mất.”',
      '“Dân khổ một thì mình phải lo mười”, câu nói mộc mạc ấy {ng} học được từ người thầy đầu tiên và giữ suốt đời.',
      '{Ng} tâm sự: “Được {dan} nhớ tên, tin tưởng, với mình đó là phần thưởng lớn nhất.”',
    ],
    quotes: [
      'Việc gì có lợi cho dân, ta phải hết sức làm. Việc gì có hại đến dân, ta phải hết sức tránh',
      'Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong',
      'Trong bầu trời không gì quý bằng nhân dân',
    ],
  },
  'tiet-kiem': {
    headings: ['Cần, kiệm, liêm, chính', 'Chắt chiu từng đồng của dân', 'Trong sạch giữa đời thường'],
    intros: [
      'Cần, kiệm, liêm, chính là bốn chữ {ten} chép ở trang đầu cuốn sổ công tác.',
      'Ở {ten}, đức tính tiết kiệm được thể hiện trong những việc tưởng chừng rất nhỏ.',
      'Giữa nhiều cám dỗ, {ten} vẫn giữ cho mình sự trong sạch mà ai cũng phải nể.',
      'Tôi học được ở {ten} bài học về sự chắt chiu, thứ mà sách vở ít khi dạy.',
    ],
    habits: [
      '{Ng} luôn là người cuối cùng rời phòng, tắt từng bóng đèn, từng chiếc quạt, kiểm tra vòi nước rồi mới khóa cửa.',
      'Giấy in một mặt được {ng} gom lại làm giấy nháp, bìa hồ sơ cũ được dán nhãn để dùng lại.',
      'Từng có người mang phong bì đến “cảm ơn”, {ng} nhẹ nhàng từ chối và giải thích rằng đó là trách nhiệm của mình.',
      'Các khoản chi của bộ phận do {ng} phụ trách luôn được công khai rõ ràng trên bảng tin, không để ai phải thắc mắc.',
      'Khi lập kế hoạch, {ng} cân nhắc từng khoản, khoản nào chưa thật cần thì đề nghị để dành cho việc cấp bách hơn.',
    ],
    sayings: [
      '{Ng} nói: “Tiền này là tiền thuế của dân, tiêu một đồng cũng phải thấy xót.”',
      '“Của mình thì tiết kiệm là đức tính, của chung thì tiết kiệm là trách nhiệm”, {ng} thường nhắc.',
      'Lần nọ, thấy chúng tôi in cả xấp tài liệu chỉ để đọc một lần, {ng} cười: “Đọc trên máy được thì đọc, cây xanh cũng là của chung mà.”',
    ],
    quotes: [
      'Cần, kiệm, liêm, chính, chí công vô tư',
      'Sản xuất mà không tiết kiệm thì khác nào gió vào nhà trống',
      'Một dân tộc biết cần, kiệm, biết liêm, là một dân tộc giàu về vật chất, mạnh về tinh thần, là một dân tộc văn minh tiến bộ',
    ],
  },
  'doan-ket': {
    headings: ['Sợi dây gắn kết tập thể', 'Đoàn kết là sức mạnh', 'Người truyền lửa cho đồng nghiệp'],
    intros: [
      'Ở đâu có {ten}, ở đó có tiếng cười và sự gắn bó.',
      'Một tập thể mạnh không chỉ nhờ người giỏi mà nhờ người biết gắn kết, và {ten} là như thế.',
      'Tinh thần đoàn kết ở {donvi} hôm nay có phần đóng góp không nhỏ của {ten}.',
      '{Ten} có biệt tài hóa giải những bất đồng bằng sự chân thành.',
    ],
    habits: [
      'Mỗi khi có đồng nghiệp ốm đau hay gia đình gặp chuyện, {ng} là người đầu tiên đến thăm và kêu gọi mọi người chung tay.',
      '{Ng} sẵn sàng chia sẻ kinh nghiệm, tài liệu, kể cả những “bí quyết nghề” mà nhiều người giữ riêng cho mình.',
      'Những người mới về được {ng} kèm cặp tận tình, từ cách làm việc đến cách ứng xử với {dan}.',
      'Khi có va chạm giữa các bộ phận, {ng} thường mời mọi người ngồi lại, nghe hết các bên rồi mới góp ý.',
      { text: 'Nhờ {ng}, những buổi sinh hoạt chi bộ không còn khô cứng mà trở thành nơi mọi người thật lòng góp ý cho nhau.', only: 'party' },
    ],
    sayings: [
      '{Ng} hay nói: “Một người đi nhanh, nhưng nhiều người mới đi được xa.”',
      '“Trong tập thể, cái sai của một người là trách nhiệm của cả nhóm”, {ng} nói như vậy mỗi lần đứng ra nhận khuyết điểm cùng đồng nghiệp.',
      '{Ng} dặn chúng tôi: “Góp ý thì nói thẳng, nhưng phải nói bằng cái tình.”',
    ],
    quotes: [
      'Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công',
      'Trong thế giới không gì mạnh bằng lực lượng đoàn kết của nhân dân',
    ],
  },
  'sang-tao': {
    headings: ['Dám nghĩ, dám làm', 'Những sáng kiến từ thực tế', 'Không ngừng học hỏi'],
    intros: [
      'Không bằng lòng với cách làm cũ, {ten} luôn tìm tòi để công việc nhanh hơn, tốt hơn.',
      'Tinh thần học hỏi của {ten} khiến nhiều người trẻ phải nể phục.',
      { text: 'Dù đã có {nam} năm trong nghề, {ten} vẫn đi học thêm, vẫn miệt mài với những ý tưởng mới.', only: 'person' },
      'Những sáng kiến của {ten} không đến từ phòng họp mà từ chính những khó khăn hằng ngày.',
    ],
    habits: [
      '{Ng} tự học sử dụng phần mềm, rồi hướng dẫn lại cho cả bộ phận, giúp rút ngắn đáng kể thời gian xử lý công việc.',
      'Sáng kiến “{sangkien}” của {ng} đã được công nhận là sáng kiến cấp cơ sở và được nhân rộng ra nhiều nơi.',
      'Mỗi khó khăn gặp phải, {ng} đều ghi lại, tìm cách khắc phục, rồi chia sẻ với đồng nghiệp trong buổi giao ban.',
      'Dù công việc bận rộn, {ng} vẫn dành buổi tối để đọc sách chuyên môn và theo học các lớp bồi dưỡng.',
    ],
    sayings: [
      '{Ng} bảo: “Cách làm cũ chưa chắc đã sai, nhưng nếu có cách làm tốt hơn thì tại sao không thử?”',
      { text: '“Học thì không bao giờ muộn, chỉ sợ mình tự thấy đủ”, {ng} nói khi tôi hỏi vì sao đã có từng ấy năm kinh nghiệm mà vẫn đi học.', only: 'person' },
      '{Ng} thường nhắc: “Sáng kiến không cần to tát, chỉ cần giúp người dân bớt một lần đi lại.”',
    ],
    quotes: [
      'Học hỏi là một việc phải tiếp tục suốt đời',
      'Thi đua là yêu nước, yêu nước thì phải thi đua',
    ],
  },
};
