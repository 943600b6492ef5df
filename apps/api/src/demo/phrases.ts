/**
 * The sentence templates every essay shares, and the Ho Chi Minh City details that fill them.
 * A template marked `only` fits just one kind of subject: a single person, a collective (group),
 * or a person who is a party member (party).
 */
export type Phrase = string | { text: string; only: 'person' | 'group' | 'party' };

export const TITLES: readonly Phrase[] = [
  'Người giữ lửa ở {phuong}',
  'Ánh sáng từ {noilam}',
  'Gương sáng làm theo lời Bác ở {donvi}',
  'Thầm lặng giữa lòng thành phố',
  'Những việc nhỏ của {ten}',
  'Học Bác từ những điều giản dị',
  'Một bông hoa đẹp giữa rừng hoa',
  'Noi gương Bác giữa đời thường',
  'Sáng mãi một tấm gương',
  { text: 'Chuyện về {ten}', only: 'person' },
  { text: '{Ten} của chúng tôi', only: 'person' },
  { text: 'Những người không nghỉ ở {noilam}', only: 'group' },
];

export const OPENINGS: readonly Phrase[] = [
  { text: 'Sáu giờ sáng, khi đường {duong} còn thưa xe, {ten} đã có mặt ở {noilam}, pha ấm trà và xem lại công việc của ngày hôm trước.', only: 'person' },
  { text: 'Ở {donvi}, hỏi ai cũng biết {ten}, {dacdiem}.', only: 'person' },
  'Có những con người không bao giờ xuất hiện trên báo đài, nhưng sự có mặt của họ khiến cả một tập thể ấm áp hơn.',
  'Giữa nhịp sống hối hả của Thành phố Hồ Chí Minh, có những người lặng lẽ làm việc tốt mỗi ngày mà không cần ai biết đến.',
  { text: 'Nếu có dịp ghé {noilam} của {donvi} vào một buổi chiều, bạn sẽ dễ dàng bắt gặp {ten} đang {viec}.', only: 'person' },
  'Người ta thường nghĩ gương sáng phải là những điều lớn lao, nhưng với tôi, gương sáng ở ngay bên cạnh, trong dáng hình quen thuộc của {ten}.',
  'Tôi đã định viết về {ten} từ lâu, nhưng mỗi lần cầm bút lại sợ những con chữ không nói hết được những gì đã chứng kiến.',
  'Thành phố mang tên Bác có hàng triệu con người, và mỗi người đều có thể là một tấm gương nếu sống tử tế mỗi ngày.',
];

export const INTRODUCTIONS: readonly Phrase[] = [
  { text: 'Đó là {danhxung} {hoten}, {chucdanh} của {donvi}, người đã có {nam} năm gắn bó với nghề.', only: 'person' },
  { text: 'Nhân vật trong câu chuyện của tôi là {danhxung} {hoten}, {chucdanh} tại {donvi}.', only: 'person' },
  { text: '{Danhxung} {hoten} hiện là {chucdanh} của {donvi}, và đã có {nam} năm làm công việc này.', only: 'person' },
  { text: 'Tập thể mà tôi muốn kể là {hoten} của {donvi}, nơi có {songuoi} con người cùng chung một nhịp làm việc.', only: 'group' },
  { text: 'Đó là {hoten} của {donvi}, một tập thể nhỏ nhưng làm được những việc không nhỏ.', only: 'group' },
];

export const NARRATOR: readonly Phrase[] = [
  { text: 'Tôi về công tác ở {donvi} khi {ten} đã là người có thâm niên, và chính {ng} là người kèm cặp tôi những ngày đầu bỡ ngỡ.', only: 'person' },
  'Chúng tôi làm việc cùng nhau đã {namcung} năm, nên những gì tôi kể dưới đây đều là những điều tôi tận mắt chứng kiến.',
  'Tôi không phải là nhà văn, chỉ là một đồng nghiệp muốn ghi lại những việc làm bình dị mà đáng quý của {ten}.',
  'Có những câu chuyện dưới đây tôi được nghe từ chính {dan} mà {ten} từng giúp đỡ, cũng có những chuyện tôi tận mắt thấy.',
  { text: 'Là đảng viên trong cùng chi bộ, tôi có nhiều dịp được làm việc, đi cơ sở và sinh hoạt cùng {ten}.', only: 'party' },
];

/** Names the contest, as many real entries do in their first lines. */
export const CONTEST_MENTIONS: readonly Phrase[] = [
  'Hưởng ứng cuộc thi viết “{cuocthi}”, tôi muốn kể về những người mà tôi vô cùng quý trọng.',
  'Khi đơn vị phổ biến thể lệ cuộc thi “{cuocthi}”, người đầu tiên tôi nghĩ đến là {ten}.',
];

export const BACKGROUNDS: readonly Phrase[] = [
  { text: '{Ng} sinh năm {namsinh} ở {que}, vào Thành phố Hồ Chí Minh học tập rồi ở lại lập nghiệp từ năm {namvao}.', only: 'person' },
  { text: 'Tốt nghiệp {truong}, {ng} về công tác tại {donvi} và gắn bó từ đó đến nay.', only: 'person' },
  { text: '{Ng} được kết nạp vào Đảng năm {namdang}, và từ đó luôn tự nhắc mình rằng mỗi đảng viên phải là một tấm gương để quần chúng noi theo.', only: 'party' },
  { text: 'Gia đình {ng} ở quê không khá giả, bố mẹ làm nông, mấy anh chị em lớn lên nhờ mảnh ruộng nhỏ và những phiên chợ quê.', only: 'person' },
  { text: 'Ngôi nhà nhỏ của {ng} trong một con hẻm ở {phuong} chẳng có gì đáng giá ngoài tủ sách và mấy chậu cây do chính tay {ng} chăm.', only: 'person' },
  { text: 'Đã nhiều năm nay, {ng} vẫn giữ thói quen dậy từ năm giờ sáng, tập thể dục rồi đọc báo trước khi đi làm.', only: 'person' },
  { text: 'Hơn {nam} năm công tác, {ng} đã qua nhiều vị trí, nhưng ở vị trí nào cũng để lại sự tin cậy nơi đồng nghiệp và {dan}.', only: 'person' },
  { text: 'Người ta kể rằng ngày mới vào nghề, {ng} từng lúng túng đến mức bị {dan} phàn nàn, và chính những lời phàn nàn ấy khiến {ng} quyết tâm học hỏi không ngừng.', only: 'person' },
  { text: 'Người bạn đời của {ng} cũng là một viên chức, nên cả hai hiểu và chia sẻ với nhau những ngày trực, những buổi về muộn.', only: 'person' },
  { text: '{Ng} có hai con, đứa lớn đang học lớp {lop}, nhưng chưa bao giờ lấy chuyện gia đình làm lý do để từ chối một nhiệm vụ khó.', only: 'person' },
  { text: '{Hoten} hiện có {songuoi} cán bộ, nhân viên, phần đông là những người trẻ dưới ba mươi lăm tuổi.', only: 'group' },
  { text: 'Được thành lập từ năm {namlap}, tập thể ấy đã trải qua không ít thăng trầm, nhưng chưa bao giờ để công việc bị đình trệ.', only: 'group' },
  { text: 'Điều đặc biệt là ở đây không ai nói “việc của tôi” hay “việc của anh”, mà chỉ có “việc của chúng ta”.', only: 'group' },
  { text: 'Người đứng đầu tập thể là {truongnhom}, một đảng viên có hơn {nam} năm kinh nghiệm, nói ít làm nhiều.', only: 'group' },
  { text: 'Mỗi sáng thứ hai, cả tập thể dành mười lăm phút để nhìn lại tuần trước, nói thẳng cái được, cái chưa được và phân công lại công việc.', only: 'group' },
  { text: 'Trong mấy năm gần đây, tập thể liên tục được công nhận là “Tập thể lao động xuất sắc”.', only: 'group' },
];

/** Follows an anecdote. */
export const OUTCOMES: readonly Phrase[] = [
  'Câu chuyện ấy, đến giờ nhiều người ở {phuong} vẫn còn nhắc.',
  'Sau lần đó, {dan} ở khu vực này càng tin tưởng {ten} hơn.',
  'Không ai bảo, nhưng từ hôm ấy nhiều đồng nghiệp trẻ cũng bắt đầu làm theo.',
  'Tin nhắn cảm ơn gửi về đơn vị hôm sau khiến cả phòng ai cũng xúc động.',
  'Việc làm ấy không có trong bảng chấm công, cũng chẳng được ai ghi nhận chính thức, nhưng nó ở lại trong lòng người.',
  'Khi được hỏi, {ng} chỉ nói đó là việc mình phải làm.',
  'Lãnh đạo đơn vị sau đó đã đề nghị nhân rộng cách làm này ra các bộ phận khác.',
  'Chuyện chỉ được biết đến khi người trong cuộc viết thư cảm ơn gửi đến {donvi}.',
  'Tôi kể lại chuyện này không phải vì nó hiếm hoi, mà vì những chuyện như thế cứ lặp lại đều đặn như một thói quen.',
];

export const REFLECTIONS: readonly Phrase[] = [
  'Nhìn {ten} làm việc, tôi tự hỏi mình đã làm được gì cho những người xung quanh.',
  'Tôi tin rằng mỗi người chúng ta đều có thể làm được những điều như thế, nếu đủ kiên trì và đủ thương người.',
  'Những việc ấy tưởng nhỏ, nhưng góp lại thành niềm tin của người dân đối với cơ quan, đơn vị.',
  'Có lẽ chính những điều giản dị như vậy mới làm nên giá trị của một con người.',
  'Tôi đã học được từ {ten} nhiều hơn bất cứ khóa tập huấn nào.',
  'Càng gần {ten}, tôi càng thấm thía rằng đạo đức không nằm ở lời nói mà ở việc làm hằng ngày.',
  'Đó là điều mà không một bản báo cáo thành tích nào có thể ghi lại được đầy đủ.',
  'Những tấm gương như thế làm cho thành phố này trở nên ấm áp và đáng sống hơn.',
];

/** Introduces one of Bác's teachings; {loibac} is the quotation without its final full stop. */
export const QUOTE_LEADS: readonly Phrase[] = [
  'Bác Hồ từng dạy: “{loibac}.”',
  'Tôi chợt nhớ lời Bác: “{loibac}.”',
  'Lời Bác dạy “{loibac}” được {ten} chép ngay ngắn ở trang đầu cuốn sổ tay.',
  'Nhìn {ten}, tôi hiểu hơn lời Bác: “{loibac}.”',
  'Sinh thời, Chủ tịch Hồ Chí Minh căn dặn: “{loibac}.”',
  'Trong những lời Bác dạy, câu {ng} tâm đắc nhất là: “{loibac}.”',
  'Trong buổi sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, {ten} nhắc lại lời Bác: “{loibac}.”',
];

export const QUOTE_FOLLOWS: readonly Phrase[] = [
  'Lời dạy ấy, {ng} không chỉ thuộc lòng mà còn thực hành mỗi ngày.',
  'Với {ten}, đó không phải là khẩu hiệu, mà là cách sống.',
  'Những việc làm của {ten} chính là lời giải thích sinh động nhất cho lời dạy ấy.',
  'Học Bác, với {ten}, bắt đầu từ những việc rất nhỏ và rất cụ thể.',
  'Bao nhiêu năm đã trôi qua, lời dạy ấy vẫn vẹn nguyên giá trị qua những con người như {ten}.',
  'Tôi nghĩ, làm theo lời Bác không có gì cao xa, chính là làm như {ten} đã làm.',
];

export const IMPACTS: readonly Phrase[] = [
  'Ảnh hưởng của {ten} lan tỏa một cách tự nhiên, không cần khẩu hiệu.',
  'Nhiều đồng nghiệp trẻ ở {donvi} nói rằng họ chọn gắn bó lâu dài với nghề một phần vì được làm việc bên cạnh {ten}.',
  { text: 'Cách làm của {ng} đã được chi bộ đưa vào nội dung đăng ký làm theo Bác của từng đảng viên.', only: 'party' },
  'Năm {namgan}, {ten} được {khenthuong}.',
  'Nhưng với {ten}, phần thưởng lớn nhất vẫn là sự tin yêu của {dan} và đồng nghiệp.',
  'Mỗi năm, {donvi} nhận hàng chục lá thư cảm ơn, và trong đó không ít lần có nhắc đến {ten}.',
  'Những việc làm của {ten} đã được đưa vào tài liệu sinh hoạt chuyên đề của đơn vị như một điển hình tiên tiến.',
  'Từ tấm gương ấy, phong trào “mỗi ngày một việc tốt” ở {donvi} được hưởng ứng rộng rãi hơn.',
];

export const CLOSINGS: readonly Phrase[] = [
  'Bác Hồ từng nói: “Mỗi người tốt, mỗi việc tốt là một bông hoa đẹp, cả dân tộc ta là một rừng hoa đẹp.” {Ten} chính là một bông hoa như thế.',
  'Ngọn lửa ấy không rực rỡ, nhưng bền bỉ, và nó đang lan sang những người xung quanh.',
  'Với tôi, đó chính là tấm gương sáng làm theo lời Bác: lặng lẽ, thiết thực và gần dân.',
  'Gương sáng làm theo lời Bác không ở đâu xa, mà ở ngay bên cạnh chúng ta, trong những con người bình dị như {ten}.',
  'Viết những dòng này, tôi muốn gửi lời cảm ơn đến {ten}, và tự nhắc mình phải sống, làm việc sao cho xứng đáng.',
  'Tôi tin rằng còn nhiều lắm những con người như {ten} đang lặng lẽ cống hiến mỗi ngày trên khắp thành phố mang tên Bác.',
  'Học tập và làm theo Bác, suy cho cùng, là làm tốt nhất công việc của mình vì người khác, như {ten} vẫn làm.',
  'Mong rằng câu chuyện nhỏ này sẽ góp thêm một tia sáng vào phong trào học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở {donvi}.',
  { text: 'Và tôi biết, sáng mai, {ten} lại có mặt ở {noilam} từ rất sớm, như bao ngày bình thường khác.', only: 'person' },
];

/** Descriptions that follow a name: "…hỏi ai cũng biết chị Lan, {dacdiem}." */
export const TRAITS: readonly string[] = [
  'người lúc nào cũng đến sớm nhất và về muộn nhất',
  'người có nụ cười hiền và giọng nói nhỏ nhẹ',
  'người ít nói nhưng việc gì cũng làm đến nơi đến chốn',
  'người mà ai gặp khó khăn cũng nghĩ đến đầu tiên',
];

export const WARDS: readonly string[] = [
  'phường Sài Gòn', 'phường Bến Thành', 'phường Tân Định', 'phường Chợ Quán', 'phường Chợ Lớn',
  'phường Bình Tây', 'phường Gò Vấp', 'phường Hạnh Thông', 'phường An Hội Tây', 'phường Thủ Đức',
  'phường Linh Xuân', 'phường Tân Sơn Nhất', 'phường Bình Thạnh', 'phường Gia Định', 'phường Chánh Hưng',
  'phường Bình Đông', 'phường Phú Định', 'phường Xóm Chiếu', 'phường Khánh Hội', 'phường Tân Thuận',
  'xã Cần Giờ', 'xã Củ Chi', 'xã Bình Chánh', 'xã Hóc Môn',
];

export const STREETS: readonly string[] = [
  'Nguyễn Trãi', 'Lê Lợi', 'Cách Mạng Tháng Tám', 'Nguyễn Văn Linh', 'Phạm Văn Đồng', 'Hai Bà Trưng',
  'Lý Thường Kiệt', 'Quang Trung', 'Phan Văn Trị', 'Trần Hưng Đạo', 'Võ Văn Kiệt', 'Nguyễn Thị Minh Khai',
  'Hoàng Văn Thụ', 'Lê Văn Sỹ', 'Âu Cơ', 'Kinh Dương Vương', 'Huỳnh Tấn Phát', 'Xô Viết Nghệ Tĩnh',
];

export const MARKETS: readonly string[] = ['Bình Tây', 'Bến Thành', 'Bà Chiểu', 'Tân Định', 'Hạnh Thông Tây', 'Xóm Chiếu'];

/** When an anecdote happened; each begins a sentence. */
export const OCCASIONS: readonly string[] = [
  'Một đêm mưa tháng Chín năm 2024',
  'Đợt triều cường cuối năm 2023',
  'Một buổi trưa nắng gắt tháng Tư năm ngoái',
  'Mùa mưa năm 2022',
  'Những ngày giáp Tết Nguyên đán vừa qua',
  'Một chiều cuối tháng Mười',
];

export const HOMETOWNS: readonly string[] = [
  'Quảng Ngãi', 'Bình Định', 'Nghệ An', 'Hà Tĩnh', 'Thanh Hóa', 'Quảng Nam', 'Huế', 'Long An', 'Tiền Giang',
  'Bến Tre', 'Đồng Tháp', 'Cần Thơ', 'Trà Vinh', 'Sóc Trăng', 'Tây Ninh', 'Đắk Lắk', 'Nam Định', 'Thái Bình',
];

export const HONOURS: readonly string[] = [
  'Ủy ban nhân dân Thành phố tặng Bằng khen',
  'công nhận danh hiệu Chiến sĩ thi đua cơ sở',
  'tặng Giấy khen vì có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'bình chọn là gương điển hình “Người tốt, việc tốt” của đơn vị',
];

export const SMALL_NUMBERS: readonly string[] = ['ba', 'bốn', 'năm', 'sáu', 'bảy'];
export const MONTH_COUNTS: readonly string[] = ['ba', 'bốn', 'sáu', 'tám'];
export const SAVINGS: readonly string[] = ['hai trăm triệu đồng', 'một trăm năm mươi triệu đồng', 'ba trăm triệu đồng'];
export const FOUND_MONEY: readonly string[] = ['ba mươi triệu đồng', 'năm mươi triệu đồng', 'hai mươi triệu đồng'];
