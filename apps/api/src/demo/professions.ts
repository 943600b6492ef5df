import type { VirtueKey } from './virtues.ts';

/**
 * What the demo knows about each kind of work the essays tell of: posts, the people served, and
 * true-story-style anecdotes. Anecdotes are tagged with the virtue they show, so an essay's
 * section on thrift tells a story about thrift.
 *
 * Slots such as {ten} are filled by the essay generator (see `fill` there for the full list).
 */
export interface Profession {
  /** Said before the full name on first mention ("bác sĩ Đỗ Quang Huy"); else the kin pronoun. */
  titles?: readonly string[];
  /** Whether the title also goes before the given name later on ("bác sĩ Huy", not "tiến sĩ Huy"). */
  titleBeforeGivenName?: boolean;
  /** Teachers are "thầy"/"cô" at any age. */
  teacher?: boolean;
  /** A post and the place in the workplace where it is held. */
  posts: readonly { title: string; place: string }[];
  /** The people this work serves, as a plural noun. */
  served: string;
  schools: readonly string[];
  /** What the person is seen doing, after "đang". */
  tasks: readonly string[];
  /** Teams for essays about a collective (Tập thể tiêu biểu). */
  groups: readonly string[];
  /** Names of improvement initiatives (sáng kiến). */
  initiatives: readonly string[];
  /** Title ideas particular to this work. */
  titleIdeas: readonly string[];
  /** Teachings of Bác addressed to this kind of work, without the final full stop. */
  quotes?: readonly string[];
  stories: readonly { virtue: VirtueKey; text: string }[];
}

export type ProfessionKey =
  | 'bac-si' | 'dieu-duong' | 'giao-vien' | 'giang-vien' | 'cong-an' | 'tu-phap' | 'thi-hanh-an'
  | 'cap-nuoc' | 'dien-luc' | 'moi-truong' | 'phong-vien' | 'chinh-sach' | 'tai-chinh';

const HEALTH_QUOTES = ['Lương y phải như từ mẫu'];

export const PROFESSIONS: Record<ProfessionKey, Profession> = {
  'bac-si': {
    titles: ['bác sĩ'],
    titleBeforeGivenName: true,
    posts: [
      { title: 'bác sĩ điều trị khoa Cấp cứu', place: 'khoa Cấp cứu' },
      { title: 'Phó trưởng khoa Nội tổng hợp', place: 'khoa Nội tổng hợp' },
      { title: 'Trưởng khoa Nhi', place: 'khoa Nhi' },
      { title: 'bác sĩ khoa Hồi sức tích cực – Chống độc', place: 'khoa Hồi sức tích cực' },
      { title: 'Trưởng khoa Khám bệnh', place: 'khoa Khám bệnh' },
    ],
    served: 'người bệnh',
    schools: ['Trường Đại học Y Dược Thành phố Hồ Chí Minh', 'Trường Đại học Y khoa Phạm Ngọc Thạch'],
    tasks: ['thăm khám cho một cụ già', 'dặn dò người nhà bệnh nhân cách chăm sóc', 'xem lại phim chụp của một bệnh nhân mới nhập viện'],
    groups: ['Khoa Cấp cứu', 'Khoa Hồi sức tích cực – Chống độc', 'Tổ cấp cứu ngoại viện 115'],
    initiatives: ['Nhắn tin hẹn tái khám cho người bệnh mạn tính', 'Quy trình báo động đỏ nội viện rút gọn', 'Phiếu hướng dẫn dùng thuốc bằng hình ảnh cho người cao tuổi'],
    titleIdeas: ['Những ca trực không ngủ', 'Lương y như từ mẫu giữa lòng thành phố', 'Người thầy thuốc của người nghèo'],
    quotes: HEALTH_QUOTES,
    stories: [
      { virtue: 'vi-dan', text: '{Thoigian}, một cụ bà bán vé số ở {phuong} được đưa vào viện trong tình trạng nguy kịch mà không có người thân đi cùng. {Ten} vừa cấp cứu, vừa nhờ đồng nghiệp liên hệ tổ dân phố tìm gia đình, lại tự bỏ tiền mua cho cụ bộ quần áo và hộp sữa. Ba ngày sau, khi con trai cụ từ {tinh} lên, cụ đã qua cơn nguy hiểm.' },
      { virtue: 'tan-tuy', text: 'Có ca trực, {ten} tiếp nhận liền {soit} bệnh nhân nặng sau một vụ tai nạn trên đường {duong}. Suốt đêm ấy {ng} không ngồi xuống lấy một lần, đến sáng vẫn ở lại bàn giao từng chi tiết cho ca sau rồi mới về. Tôi nhớ mãi hình ảnh {ng} ngủ gục trên ghế hành lang, tay vẫn còn cầm tập hồ sơ bệnh án.' },
      { virtue: 'tan-tuy', text: 'Những ngày thành phố gồng mình chống dịch COVID-19 năm 2021, {ten} xung phong vào làm việc tại bệnh viện dã chiến. Hơn hai tháng không về nhà, {ng} chỉ gọi video cho gia đình vào những lúc nghỉ giữa ca. Khi trở về, {ng} gầy đi trông thấy nhưng chưa một lần than thở.' },
      { virtue: 'sang-tao', text: 'Thấy người cao tuổi hay uống nhầm thuốc, {ten} tự thiết kế những tờ hướng dẫn có hình mặt trời, mặt trăng để đánh dấu giờ uống. Cách làm đơn giản ấy giúp số ca tái nhập viện vì dùng thuốc sai giảm hẳn. Sau đó, sáng kiến được khoa Dược của bệnh viện in thành mẫu chung.' },
      { virtue: 'gian-di', text: 'Dù là bác sĩ có tiếng, {ten} vẫn giữ thói quen tự tay đẩy băng ca, tự tay đỡ người bệnh lên giường. Có người nhà bệnh nhân tưởng {ng} là hộ lý, cứ gọi nhờ việc này việc kia, {ng} vẫn vui vẻ làm. Đến khi thấy {ng} khám và giải thích bệnh tình rõ ràng, họ mới ngỡ ngàng xin lỗi.' },
      { virtue: 'tiet-kiem', text: 'Khi bệnh viện phát động phong trào tiết kiệm vật tư, {ten} là người đầu tiên rà soát lại từng loại găng tay, bông băng trong khoa. {Ng} đề xuất cách sắp xếp tủ thuốc trực để không còn thuốc hết hạn phải hủy. Chỉ sau một năm, khoa tiết kiệm được gần {tien} mà chất lượng điều trị không hề giảm.' },
      { virtue: 'doan-ket', text: 'Khi khoa thiếu người vì nhiều bác sĩ trẻ đi học, {ten} tự sắp xếp lại lịch trực, nhận về mình những ca đêm cuối tuần. {Ng} nói với cả khoa: “Ai có con nhỏ thì cứ ưu tiên về sớm, mình còn sức thì mình gánh.” Từ đó, khoa không còn cảnh người này so bì với người kia.' },
    ],
  },
  'dieu-duong': {
    titles: ['điều dưỡng'],
    titleBeforeGivenName: true,
    posts: [
      { title: 'Điều dưỡng trưởng khoa Ngoại tổng hợp', place: 'khoa Ngoại tổng hợp' },
      { title: 'điều dưỡng khoa Nhi', place: 'khoa Nhi' },
      { title: 'điều dưỡng khoa Lão học', place: 'khoa Lão học' },
      { title: 'nữ hộ sinh khoa Sản', place: 'khoa Sản' },
    ],
    served: 'người bệnh',
    schools: ['Trường Cao đẳng Y tế Thành phố Hồ Chí Minh', 'Trường Đại học Y Dược Thành phố Hồ Chí Minh'],
    tasks: ['thay băng cho một bệnh nhân', 'đút từng thìa cháo cho một cụ bà', 'dỗ dành một em bé sợ tiêm'],
    groups: ['Tổ Điều dưỡng khoa Ngoại tổng hợp', 'Phòng Điều dưỡng'],
    initiatives: ['Bảng màu theo dõi chăm sóc đầu giường', 'Sổ tay chăm sóc người bệnh sau mổ tại nhà', 'Góc đọc sách cho bệnh nhi'],
    titleIdeas: ['Những bàn tay ấm', 'Người mẹ hiền áo trắng', 'Ca trực đêm và những điều không kể'],
    quotes: HEALTH_QUOTES,
    stories: [
      { virtue: 'vi-dan', text: 'Một bệnh nhi trong khoa mắc bệnh nặng, gia đình từ {tinh} lên chữa trị đã cạn kiệt tiền bạc. {Ten} cùng đồng nghiệp góp tiền, lại đi gõ cửa từng nhà hảo tâm để có đủ kinh phí cho đợt điều trị tiếp theo. Mỗi lần đứa trẻ cười, {ng} bảo thế là đủ công rồi.' },
      { virtue: 'tan-tuy', text: 'Đêm nào trực, {ten} cũng đi buồng bệnh nhiều hơn quy định, lặng lẽ kéo lại tấm chăn cho cụ già, chỉnh lại chai dịch truyền. Có lần chính nhờ một vòng đi buồng lúc ba giờ sáng, {ng} phát hiện một bệnh nhân có dấu hiệu suy hô hấp và kịp báo bác sĩ xử trí. Gia đình bệnh nhân sau này nói rằng {ng} đã cứu mạng cha họ.' },
      { virtue: 'sang-tao', text: '{Ten} đề xuất làm bảng theo dõi chăm sóc bằng màu sắc treo đầu giường, giúp ca sau nhìn là biết bệnh nhân nào cần theo dõi sát. Cách làm ấy được cả bệnh viện áp dụng. Người nhà bệnh nhân cũng yên tâm hơn vì hiểu được tình trạng của người thân.' },
      { virtue: 'gian-di', text: 'Nhiều năm đi làm, {ten} vẫn đi chiếc xe đạp điện cũ và mang theo cặp lồng cơm từ nhà. Thấy người nhà bệnh nhân nghèo ngủ vạ vật ngoài hành lang, {ng} mang chiếu, mang gối từ nhà vào cho mượn. Những việc ấy {ng} làm như một lẽ tự nhiên, chưa bao giờ kể với ai.' },
      { virtue: 'doan-ket', text: 'Khi một đồng nghiệp trong khoa bị bệnh nặng phải nghỉ dài ngày, {ten} đứng ra vận động cả khoa chia nhau trực thay và quyên góp giúp gia đình. Suốt ba tháng, không ca trực nào bị trống. Ngày người đồng nghiệp ấy trở lại, cả khoa đã chuẩn bị một bó hoa nhỏ và một tấm thiệp viết tay.' },
      { virtue: 'tiet-kiem', text: 'Ở khoa, {ten} nổi tiếng là người “giữ của”: từng cuộn băng, từng ống tiêm đều được ghi sổ, lĩnh đúng, dùng đủ. {Ng} hướng dẫn các điều dưỡng trẻ cách bảo quản dụng cụ để dùng được lâu hơn mà vẫn bảo đảm vô khuẩn. Cuối năm, khoa được bệnh viện biểu dương vì sử dụng vật tư tiết kiệm nhất.' },
    ],
  },
  'giao-vien': {
    teacher: true,
    posts: [
      { title: 'giáo viên chủ nhiệm lớp 12', place: 'trường' },
      { title: 'Tổ trưởng tổ Ngữ văn', place: 'trường' },
      { title: 'giáo viên dạy Toán', place: 'trường' },
      { title: 'giáo viên chủ nhiệm lớp 5', place: 'trường' },
    ],
    served: 'học trò',
    schools: ['Trường Đại học Sư phạm Thành phố Hồ Chí Minh', 'Trường Đại học Sài Gòn'],
    tasks: ['chữa bài cho học trò', 'trò chuyện với một em học sinh ở góc sân trường', 'chuẩn bị đồ dùng cho tiết học ngày mai'],
    groups: ['Tổ Ngữ văn', 'Tổ Toán – Tin học', 'Tập thể giáo viên khối 5'],
    initiatives: ['Thư viện sách cũ cho học trò nghèo', 'Giờ học lịch sử qua di tích', 'Sổ liên lạc điện tử với phụ huynh'],
    titleIdeas: ['Người lái đò thầm lặng', 'Ươm mầm trên bục giảng', 'Trồng người'],
    quotes: ['Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người'],
    stories: [
      { virtue: 'vi-dan', text: 'Có một cậu học trò trong lớp {ng} chủ nhiệm bỏ học giữa chừng để phụ mẹ bán hàng rong ở chợ {cho}. {Ten} tìm đến tận phòng trọ, ngồi nói chuyện với hai mẹ con đến tối mịt, rồi vận động phụ huynh trong lớp góp học bổng. Năm ấy, cậu bé không chỉ đi học lại mà còn thi đỗ vào trường công lập.' },
      { virtue: 'tan-tuy', text: 'Mùa ôn thi, {ten} mở lớp phụ đạo miễn phí vào buổi tối cho những học sinh học yếu, kéo dài suốt {sothang} tháng. Không ai trả thêm cho {ng} một đồng nào, kể cả tiền điện nước. Kết quả, lớp {ng} năm ấy không có em nào phải thi lại.' },
      { virtue: 'sang-tao', text: 'Để học trò không sợ những giờ học khô khan, {ten} tự làm các đoạn phim ngắn, các trò chơi ô chữ và đưa các em đi tham quan Bảo tàng Hồ Chí Minh ở Bến Nhà Rồng. Nhiều em nói rằng nhờ những tiết học ấy mà các em mới thật sự hiểu về cuộc đời Bác. Cách dạy ấy sau đó được tổ chuyên môn chia sẻ trong các buổi sinh hoạt cụm trường.' },
      { virtue: 'gian-di', text: '{Ten} mặc đi mặc lại vài chiếc {ao} đã sờn màu, nhưng lúc nào cũng tươm tất. Tiền thưởng cuối năm, {ng} thường dành mua sách vở, áo trắng cho học trò nghèo. Khi học trò cũ thành đạt quay về thăm, {ng} chỉ hỏi một câu: “Em có sống tử tế không?”' },
      { virtue: 'doan-ket', text: 'Khi trường có nhiều giáo viên trẻ mới về, {ten} xung phong dự giờ, góp ý từng tiết dạy, và mở cửa lớp mình cho các bạn trẻ vào học hỏi bất cứ lúc nào. Tổ chuyên môn nhờ thế mà gắn bó như một gia đình. Nhiều giáo viên trẻ nay đã trở thành giáo viên dạy giỏi cấp thành phố.' },
      { virtue: 'tiet-kiem', text: 'Những đồ dùng dạy học trong lớp {ten} phần lớn được làm từ vật liệu tái chế: vỏ hộp, nắp chai, bìa lịch cũ. {Ng} hướng dẫn học trò tự làm, vừa tiết kiệm, vừa dạy các em biết quý trọng của cải. Phong trào “Kế hoạch nhỏ” của lớp {ng} năm nào cũng thu được nhiều giấy vụn nhất trường.' },
    ],
  },
  'giang-vien': {
    titles: ['Tiến sĩ', 'Thạc sĩ', 'Phó Giáo sư, Tiến sĩ'],
    teacher: true,
    posts: [
      { title: 'giảng viên khoa Ngữ văn', place: 'khoa' },
      { title: 'Trưởng bộ môn Tâm lý học', place: 'bộ môn' },
      { title: 'giảng viên khoa Lịch sử', place: 'khoa' },
      { title: 'Phó trưởng khoa Giáo dục chính trị', place: 'khoa' },
    ],
    served: 'sinh viên',
    schools: ['Trường Đại học Khoa học Xã hội và Nhân văn', 'Trường Đại học Sư phạm Thành phố Hồ Chí Minh'],
    tasks: ['ngồi sửa luận văn cho sinh viên', 'giải đáp thắc mắc cho một nhóm sinh viên năm nhất', 'chuẩn bị bài giảng cho buổi sáng hôm sau'],
    groups: ['Bộ môn Tâm lý học', 'Khoa Giáo dục chính trị', 'Đội hình tình nguyện Mùa hè xanh của khoa'],
    initiatives: ['Kho bài giảng trực tuyến dùng chung', 'Quỹ “Cơm có thịt” cho sinh viên khó khăn', 'Câu lạc bộ đọc sách về Bác'],
    titleIdeas: ['Người thắp lửa trên giảng đường', 'Một đời vì sinh viên', 'Thầy cô của những mùa hè xanh'],
    quotes: ['Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người'],
    stories: [
      { virtue: 'vi-dan', text: 'Biết nhiều sinh viên ở tỉnh xa phải làm thêm đến khuya, {ten} lập một quỹ nhỏ mang tên “Cơm có thịt” từ tiền lương của mình và đóng góp của đồng nghiệp. Mỗi tháng, quỹ hỗ trợ hàng chục suất ăn cho sinh viên khó khăn. {Ng} dặn các em: “Học cho tốt, sau này giúp lại người khác là được.”' },
      { virtue: 'tan-tuy', text: 'Dù đã có {nam} năm đứng lớp, {ten} vẫn đọc kỹ từng trang luận văn của sinh viên, góp ý bằng bút đỏ kín cả lề giấy. Có sinh viên nhận lại bản thảo với hơn hai trăm chỗ sửa, ban đầu giận dỗi, sau này lại chính là người cảm ơn {ng} nhiều nhất. Đến giờ, em ấy đã là giảng viên, và cũng sửa bài cho sinh viên theo cách của thầy cô mình.' },
      { virtue: 'sang-tao', text: '{Ten} là người đầu tiên của khoa xây dựng bài giảng trực tuyến từ trước khi dịch bệnh xảy ra. Nhờ vậy, khi thành phố giãn cách năm 2021, khoa chuyển sang dạy học trực tuyến mà không sinh viên nào bị gián đoạn. {Ng} còn tự tay hướng dẫn các thầy cô lớn tuổi cách sử dụng phần mềm.' },
      { virtue: 'doan-ket', text: 'Mỗi mùa tình nguyện hè, {ten} đều cùng sinh viên về các xã vùng ven như Cần Giờ, Bình Chánh để dạy học cho trẻ em. Thầy trò ăn cùng, ở cùng với người dân, cùng sửa lại những lớp học xuống cấp. Những chuyến đi ấy khiến sinh viên gắn bó với nhau và với thầy cô hơn bất kỳ giờ lên lớp nào.' },
      { virtue: 'gian-di', text: 'Phòng làm việc của {ten} chỉ có một chiếc bàn, mấy kệ sách và một ấm trà cũ. Sinh viên đến hỏi bài, dù là năm nhất hay nghiên cứu sinh, đều được {ng} tiếp bằng cùng một sự ân cần. Nhiều em bảo, ngồi với {ng} như ngồi với người thân trong nhà.' },
    ],
  },
  'cong-an': {
    titles: ['đại úy', 'thượng úy', 'thiếu tá', 'trung tá'],
    titleBeforeGivenName: true,
    posts: [
      { title: 'cảnh sát khu vực', place: 'khu phố' },
      { title: 'Phó Trưởng Công an phường', place: 'trụ sở công an phường' },
      { title: 'cán bộ Đội Cảnh sát quản lý hành chính về trật tự xã hội', place: 'bộ phận tiếp dân' },
    ],
    served: 'bà con',
    schools: ['Học viện Cảnh sát nhân dân', 'Trường Đại học Cảnh sát nhân dân'],
    tasks: ['hướng dẫn một cụ già làm thủ tục', 'đi tuần trong con hẻm nhỏ', 'trò chuyện với bà con bán hàng đầu hẻm'],
    groups: ['Tổ Cảnh sát khu vực', 'Tổ công tác cấp căn cước', 'Đội Cảnh sát phòng cháy và cứu nạn của phường'],
    initiatives: ['Camera an ninh do dân góp', 'Nhóm Zalo an ninh khu phố', 'Tủ đồ miễn phí ở trụ sở công an phường'],
    titleIdeas: ['Bình yên cho từng con hẻm', 'Người nhà của xóm', 'Vì nhân dân phục vụ'],
    quotes: ['Đối với tự mình phải cần, kiệm, liêm, chính. Đối với đồng sự phải thân ái giúp đỡ. Đối với Chính phủ phải tuyệt đối trung thành. Đối với nhân dân phải kính trọng, lễ phép. Đối với công việc phải tận tụy. Đối với địch phải cương quyết, khôn khéo'],
    stories: [
      { virtue: 'vi-dan', text: '{Thoigian}, nước ngập sâu trên đường {duong}, {ten} cùng anh em trong tổ lội nước đưa từng cụ già, từng em nhỏ ra chỗ cao ráo. Có gia đình neo đơn mất hết đồ đạc, {ng} về nhà gom gạo, mì tôm mang sang. Bà con trong khu phố gọi {ng} là “người nhà của xóm”.' },
      { virtue: 'tan-tuy', text: 'Khi phường triển khai cấp căn cước cho người dân, {ten} tổ chức làm việc cả buổi tối và ngày nghỉ, mang máy đến tận nhà những người già yếu, người khuyết tật. Có hôm tổ làm việc đến gần nửa đêm để kịp trả kết quả cho công nhân ở trọ trước ngày họ về quê. Không ai phải quay lại lần thứ hai.' },
      { virtue: 'sang-tao', text: '{Ten} lập nhóm Zalo của khu phố để bà con báo tin an ninh trật tự, kèm số điện thoại trực hai mươi bốn giờ. Nhờ tin báo của người dân, tổ đã kịp thời ngăn chặn {soit} vụ trộm cắp trong năm. Mô hình camera an ninh do {ng} vận động người dân lắp đặt sau này được nhân rộng ra toàn phường.' },
      { virtue: 'doan-ket', text: 'Ở khu phố có hai gia đình mâu thuẫn nhiều năm chỉ vì chuyện lối đi chung. {Ten} kiên trì đến từng nhà, nghe từng người, rồi mời cả hai ngồi lại với tổ trưởng dân phố. Cuối cùng, họ không chỉ làm hòa mà còn cùng nhau góp tiền đổ bê tông lại con hẻm.' },
      { virtue: 'gian-di', text: 'Dù được cấp trên nhiều lần khen thưởng, {ten} vẫn là người đi tuần tra đêm nhiều nhất tổ. {Ng} ăn cơm hộp bên lề đường như bao anh em, ngồi uống trà đá nói chuyện với bà con bán hàng. Người dân quý {ng} vì không bao giờ thấy {ng} hách dịch với ai.' },
      { virtue: 'tiet-kiem', text: 'Một lần, có người đến nhờ làm nhanh thủ tục và để lại chiếc phong bì dưới tập hồ sơ. {Ten} gọi lại, trả tận tay và hướng dẫn kỹ từng bước để họ tự hoàn thiện giấy tờ. Người đó sau này gặp lại, chỉ nói một câu: “Cảm ơn {ng}, cảm ơn vì đã cho tôi tin vào cán bộ.”' },
    ],
  },
  'tu-phap': {
    posts: [
      { title: 'chuyên viên phòng Hành chính tư pháp', place: 'phòng Hành chính tư pháp' },
      { title: 'chuyên viên phòng Phổ biến, giáo dục pháp luật', place: 'phòng Phổ biến, giáo dục pháp luật' },
      { title: 'trợ giúp viên pháp lý', place: 'Trung tâm Trợ giúp pháp lý' },
      { title: 'Phó trưởng phòng Hộ tịch, quốc tịch', place: 'phòng Hộ tịch, quốc tịch' },
    ],
    served: 'người dân',
    schools: ['Trường Đại học Luật Thành phố Hồ Chí Minh', 'Trường Đại học Kinh tế – Luật'],
    tasks: ['hướng dẫn một người dân hoàn thiện hồ sơ', 'tra cứu sổ hộ tịch cũ trong kho lưu trữ', 'soạn tài liệu tuyên truyền pháp luật'],
    groups: ['Phòng Hành chính tư pháp', 'Trung tâm Trợ giúp pháp lý Nhà nước', 'Phòng Phổ biến, giáo dục pháp luật'],
    initiatives: ['Hỏi – đáp thủ tục hộ tịch trực tuyến', 'Tủ sách pháp luật ở khu nhà trọ', 'Trợ giúp pháp lý lưu động buổi tối'],
    titleIdeas: ['Tận tâm trên từng trang hồ sơ', 'Người giữ chữ tín nơi cửa công', 'Phụng công, thủ pháp'],
    quotes: ['Phụng công, thủ pháp, chí công vô tư'],
    stories: [
      { virtue: 'vi-dan', text: 'Có một cụ ông ngoài tám mươi tuổi ở {phuong} cần trích lục giấy khai sinh để hoàn tất hồ sơ hưởng chế độ, nhưng sổ gốc đã thất lạc từ nhiều năm trước. {Ten} mất gần hai tháng lần tìm trong kho lưu trữ, liên hệ nhiều nơi, cuối cùng tìm được bản gốc. Ngày nhận giấy, cụ nắm tay {ng} rất lâu mà không nói được lời nào.' },
      { virtue: 'tan-tuy', text: 'Mỗi đợt tuyên truyền pháp luật về khu nhà trọ công nhân, {ten} chuẩn bị tài liệu rất kỹ, viết lại những điều luật khô khan thành những câu chuyện dễ hiểu. Các buổi nói chuyện thường diễn ra vào tối muộn, sau giờ tan ca. {Ng} chưa bao giờ từ chối một lời mời nào, dù nơi đó xa đến đâu.' },
      { virtue: 'sang-tao', text: '{Ten} đề xuất xây dựng bộ câu hỏi – đáp về thủ tục hộ tịch đăng trên trang thông tin điện tử, kèm hướng dẫn nộp hồ sơ trực tuyến. Từ khi có bộ tài liệu ấy, số người dân phải đi lại nhiều lần giảm hẳn. Sáng kiến được ghi nhận và phổ biến cho các phường, xã trên địa bàn thành phố.' },
      { virtue: 'tiet-kiem', text: 'Trong một vụ việc, có người tìm cách nhờ {ten} “châm chước” hồ sơ và hứa hẹn sẽ “cảm ơn” xứng đáng. {Ng} từ chối thẳng thắn, báo cáo lãnh đạo và giải thích rõ quy định cho đương sự. Hồ sơ sau đó được giải quyết đúng hạn, đúng luật, và chính người ấy về sau lại giới thiệu nhiều người quen đến nhờ {ng} tư vấn.' },
      { virtue: 'vi-dan', text: 'Một chị công nhân bị chủ nợ đòi tiền bằng những lời đe dọa, không biết bám víu vào đâu. {Ten} hướng dẫn chị giữ lại chứng cứ, soạn đơn, rồi đi cùng chị đến cơ quan chức năng. Vụ việc được giải quyết ổn thỏa, và chị ấy giờ là tuyên truyền viên pháp luật ở khu trọ của mình.' },
      { virtue: 'doan-ket', text: 'Khi phòng nhận thêm nhiệm vụ mới mà biên chế không tăng, {ten} chủ động chia sẻ công việc, nhận thêm phần của đồng nghiệp đang nghỉ thai sản. {Ng} còn lập một sổ tay nghiệp vụ chung để ai cũng có thể tra cứu khi làm thay nhau. Nhờ vậy, phòng không để trễ hạn một hồ sơ nào trong năm.' },
    ],
  },
  'thi-hanh-an': {
    titles: ['chấp hành viên'],
    titleBeforeGivenName: true,
    posts: [
      { title: 'chấp hành viên trung cấp', place: 'phòng Thi hành án khu vực' },
      { title: 'thư ký thi hành án', place: 'phòng Nghiệp vụ' },
      { title: 'Trưởng phòng Thi hành án khu vực', place: 'phòng Thi hành án khu vực' },
    ],
    served: 'đương sự',
    schools: ['Trường Đại học Luật Thành phố Hồ Chí Minh', 'Học viện Tư pháp'],
    tasks: ['đối chiếu từng trang biên bản', 'tiếp một đương sự đến hỏi về tiến độ vụ việc', 'chuẩn bị hồ sơ cho buổi xác minh tài sản'],
    groups: ['Phòng Thi hành án khu vực 3', 'Phòng Nghiệp vụ và Tổ chức thi hành án'],
    initiatives: ['Sổ theo dõi vụ việc tồn đọng bằng bảng tính dùng chung', 'Quy trình vận động tự nguyện thi hành án'],
    titleIdeas: ['Thấu tình, đạt lý', 'Người giữ cán cân công lý', 'Mềm mỏng mà kiên quyết'],
    quotes: ['Phụng công, thủ pháp, chí công vô tư'],
    stories: [
      { virtue: 'vi-dan', text: 'Có vụ việc phải cưỡng chế một căn nhà nhỏ trong hẻm ở {phuong}, trong nhà có người mẹ già và hai đứa cháu. {Ten} kiên trì vận động suốt nhiều tuần, đồng thời liên hệ địa phương tìm chỗ ở tạm cho gia đình. Cuối cùng, gia đình tự nguyện thi hành, không phải dùng đến biện pháp cưỡng chế.' },
      { virtue: 'tan-tuy', text: 'Hồ sơ tồn đọng nhiều năm, ai cũng ngại, {ten} xin nhận về mình. {Ng} đi xác minh tài sản nhiều lần, gặp từng đương sự, ghi chép cẩn thận từng buổi làm việc. Sau {sothang} tháng, vụ việc khép lại, người được thi hành án nhận lại số tiền mà họ gần như đã mất hy vọng.' },
      { virtue: 'tiet-kiem', text: 'Thi hành án là lĩnh vực dễ va chạm, dễ cám dỗ, nhưng suốt {nam} năm công tác, {ten} chưa một lần để đương sự phải phàn nàn về thái độ hay sự minh bạch. {Ng} công khai mọi khoản thu chi, mọi biên bản đều có chữ ký đầy đủ các bên. Đồng nghiệp gọi {ng} là “người giữ cán cân” của cơ quan.' },
      { virtue: 'doan-ket', text: '{Ten} thường tổ chức những buổi trao đổi nghiệp vụ ngay tại phòng làm việc, chia sẻ những vụ việc khó để mọi người cùng rút kinh nghiệm. Các chấp hành viên trẻ nhờ vậy tự tin hơn khi xuống cơ sở. Đơn vị nhiều năm liền hoàn thành vượt chỉ tiêu được giao.' },
      { virtue: 'sang-tao', text: 'Thấy việc theo dõi hàng trăm vụ việc bằng sổ tay dễ sót, {ten} tự học lập bảng tính dùng chung, có cảnh báo những vụ sắp đến hạn. Chỉ sau vài tháng, phòng không còn vụ việc nào bị quá hạn vì quên. Cách làm được các phòng khác xin về áp dụng.' },
    ],
  },
  'cap-nuoc': {
    posts: [
      { title: 'công nhân đội sửa chữa ống nước', place: 'đội sửa chữa' },
      { title: 'tổ trưởng tổ quản lý mạng lưới', place: 'tổ quản lý mạng lưới' },
      { title: 'nhân viên ghi thu', place: 'chi nhánh cấp nước' },
    ],
    served: 'bà con',
    schools: ['Trường Cao đẳng Xây dựng Thành phố Hồ Chí Minh', 'Trường Cao đẳng Kỹ thuật Cao Thắng'],
    tasks: ['kiểm tra đồng hồ nước cho một hộ dân', 'sửa một đoạn ống rò rỉ', 'ghi chép lại tuyến ống vừa thay'],
    groups: ['Đội sửa chữa ống nước', 'Tổ quản lý mạng lưới cấp nước'],
    initiatives: ['Dò tìm rò rỉ ngầm bằng thiết bị nghe âm ban đêm', 'Nước sạch cho khu nhà trọ', 'Thu gom và tái sử dụng vật tư còn tốt'],
    titleIdeas: ['Giọt nước sạch đến từng mái nhà', 'Những người thầm lặng dưới lòng phố', 'Đêm mưa và đường ống vỡ'],
    stories: [
      { virtue: 'tan-tuy', text: '{Thoigian}, một đường ống lớn trên đường {duong} bị vỡ, hàng nghìn hộ dân có nguy cơ mất nước. {Ten} cùng tổ sửa chữa làm việc xuyên đêm dưới mưa, ngâm mình trong hố đào ngập bùn. Sáu giờ sáng hôm sau, nước đã chảy lại trong các vòi, còn {ng} mới kịp ăn ổ bánh mì đầu tiên.' },
      { virtue: 'vi-dan', text: 'Khu nhà trọ ở {phuong} nhiều năm phải mua nước giá cao từ các điểm bán lại. {Ten} đi khảo sát từng dãy trọ, làm tờ trình đề xuất lắp đồng hồ riêng cho người thuê trọ với giá nước sinh hoạt. Khi vòi nước sạch đầu tiên chảy, nhiều công nhân nói rằng họ đã tiết kiệm được cả trăm nghìn đồng mỗi tháng.' },
      { virtue: 'sang-tao', text: '{Ten} nghĩ ra cách dùng thiết bị nghe âm để dò tìm điểm rò rỉ ngầm vào ban đêm, khi đường phố yên tĩnh. Cách làm ấy giúp phát hiện hàng chục điểm rò rỉ mà trước đây phải đào bới nhiều ngày mới tìm ra. Tỷ lệ thất thoát nước của khu vực giảm rõ rệt.' },
      { virtue: 'tiet-kiem', text: 'Những đoạn ống, những chiếc van còn dùng được sau mỗi lần thay thế, {ten} đều thu gom, vệ sinh và đánh dấu cẩn thận để dùng cho các lần sửa chữa nhỏ. {Ng} bảo đó là tài sản của Nhà nước, bỏ đi thì phí. Mỗi năm, kho vật tư của tổ tiết kiệm được một khoản không nhỏ.' },
      { virtue: 'doan-ket', text: 'Trong tổ có anh em từ nhiều vùng quê khác nhau, tính tình khác nhau, nhưng {ten} biết cách làm cho mọi người gắn bó. Sau những ca sửa chữa đêm, {ng} thường mua nồi cháo nóng cho cả tổ cùng ăn, hỏi han chuyện nhà từng người. Nhiều năm liền, tổ không có ai xin nghỉ việc.' },
    ],
  },
  'dien-luc': {
    posts: [
      { title: 'công nhân quản lý vận hành lưới điện', place: 'đội quản lý vận hành lưới điện' },
      { title: 'kỹ sư điều độ', place: 'phòng Điều độ' },
      { title: 'nhân viên chăm sóc khách hàng', place: 'phòng giao dịch khách hàng' },
    ],
    served: 'khách hàng',
    schools: ['Trường Cao đẳng Điện lực Thành phố Hồ Chí Minh', 'Trường Đại học Bách khoa'],
    tasks: ['kiểm tra một trạm biến áp', 'hướng dẫn một hộ dân cách dùng điện an toàn', 'ghi lại thông số vận hành cuối ca'],
    groups: ['Đội Quản lý vận hành lưới điện', 'Đội Thanh niên xung kích của công ty điện lực'],
    initiatives: ['Dụng cụ thay sứ cách điện cải tiến', 'Thắp sáng nhà tình thương', 'Tư vấn tiết kiệm điện tại nhà'],
    titleIdeas: ['Giữ dòng điện sáng cho thành phố', 'Người thắp sáng những mái nhà nghèo', 'Trên cao vẫn nghĩ về dân'],
    stories: [
      { virtue: 'tan-tuy', text: '{Thoigian}, một trụ điện trên đường {duong} bị cây đổ đè gãy, cả khu dân cư mất điện. {Ten} cùng đồng đội có mặt chỉ sau hai mươi phút, làm việc suốt đêm trong mưa gió để khắc phục. Trước bình minh, điện đã sáng trở lại, kịp cho người dân chuẩn bị buổi sáng như mọi ngày.' },
      { virtue: 'vi-dan', text: 'Biết có cụ bà neo đơn ở {phuong} sống trong căn nhà có hệ thống điện chắp vá, rất nguy hiểm, {ten} cùng anh em thanh niên trong đội góp tiền mua dây, mua ổ cắm rồi tự tay đi lại toàn bộ đường điện. Việc làm ấy sau này trở thành công trình “Thắp sáng nhà tình thương” mỗi năm của đội. Đã có hàng chục gia đình khó khăn được sửa điện miễn phí.' },
      { virtue: 'sang-tao', text: '{Ten} có sáng kiến cải tiến dụng cụ thay sứ cách điện, giúp thao tác nhanh hơn và an toàn hơn khi làm việc trên cao. Sáng kiến được Tổng công ty công nhận và phổ biến áp dụng ở nhiều đơn vị. Tiền thưởng sáng kiến, {ng} không nhận riêng mà chia đều cho cả đội.' },
      { virtue: 'tiet-kiem', text: 'Ở phòng giao dịch, {ten} kiên nhẫn hướng dẫn từng hộ dân cách dùng điện tiết kiệm, tư vấn thay bóng đèn, giờ nào nên dùng máy nước nóng. Nhiều gia đình nghèo giảm được tiền điện mỗi tháng. {Ng} nói: “Tiết kiệm điện cho dân cũng là tiết kiệm cho đất nước.”' },
      { virtue: 'doan-ket', text: 'Vào mùa cao điểm nắng nóng, khi cả đội phải trực tăng cường, {ten} chủ động đổi ca cho những anh em có con nhỏ. {Ng} cũng là người lặng lẽ lo liệu mọi việc khi gia đình một đồng đội gặp chuyện buồn. Trong đội, ai cũng coi {ng} như người thân trong nhà.' },
    ],
  },
  'moi-truong': {
    posts: [
      { title: 'công nhân thu gom rác', place: 'tổ thu gom' },
      { title: 'tổ trưởng tổ vệ sinh đường phố', place: 'tổ vệ sinh' },
      { title: 'công nhân chăm sóc cây xanh', place: 'đội cây xanh' },
    ],
    served: 'bà con',
    schools: ['Trường Trung cấp Kỹ thuật Nông nghiệp', 'lớp đào tạo nghề của công ty'],
    tasks: ['quét dọn con đường trước cổng chợ', 'hướng dẫn bà con phân loại rác', 'tỉa cành cây xanh trước mùa mưa bão'],
    groups: ['Tổ vệ sinh đường phố số 4', 'Đội thu gom rác dân lập'],
    initiatives: ['Phân loại rác tại nguồn bằng túi màu', 'Quỹ tương trợ của tổ', 'Hẻm xanh, sạch, sáng'],
    titleIdeas: ['Người làm đẹp những con đường', 'Lặng lẽ khi thành phố ngủ', 'Những bông hoa nở trong đêm'],
    stories: [
      { virtue: 'tan-tuy', text: 'Mỗi đêm, khi thành phố đã ngủ, {ten} bắt đầu ca làm việc của mình trên những con đường quanh {phuong}. Hơn {nam} năm, {ng} đã quét sạch không biết bao nhiêu cây số đường, kể cả những đêm Giao thừa khi mọi nhà đang quây quần. Sáng ra, người đi làm chỉ thấy những con phố sạch sẽ, ít ai biết đến những bàn tay đã làm nên điều đó.' },
      { virtue: 'vi-dan', text: 'Một đêm, khi đang thu gom rác trên đường {duong}, {ten} nhặt được chiếc túi có hơn {tien2} và giấy tờ tùy thân. {Ng} mang đến công an phường nhờ tìm người đánh mất, dù chính gia đình {ng} đang rất cần tiền sửa nhà. Người chủ chiếc túi đến cảm ơn, {ng} chỉ nói: “Của ai thì trả người nấy thôi.”' },
      { virtue: 'sang-tao', text: '{Ten} vận động các hộ dân trong hẻm phân loại rác tại nguồn bằng cách phát túi màu và đến tận nhà hướng dẫn. Ban đầu nhiều người ngại, nhưng {ng} kiên trì suốt mấy tháng. Giờ đây con hẻm ấy trở thành mô hình mẫu của phường.' },
      { virtue: 'doan-ket', text: 'Trong tổ có nhiều chị em lớn tuổi, sức khỏe yếu, {ten} luôn nhận phần đường dài và nặng hơn. {Ng} còn vận động cả tổ lập quỹ tương trợ, mỗi người góp một ít mỗi tháng để giúp nhau khi ốm đau. Quỹ nhỏ ấy đã nhiều lần giúp anh chị em vượt qua hoạn nạn.' },
      { virtue: 'gian-di', text: 'Bữa cơm của {ten} thường chỉ là đĩa cơm bình dân ăn vội ở góc phố lúc nửa đêm. Vậy mà {ng} vẫn dành dụm để nuôi hai con ăn học đến nơi đến chốn. Khi được mời đi báo cáo điển hình, {ng} ngượng ngùng: “Tôi chỉ làm đúng phần việc của mình.”' },
    ],
  },
  'phong-vien': {
    titles: ['nhà báo'],
    posts: [
      { title: 'phóng viên ban Thời sự', place: 'tòa soạn' },
      { title: 'biên tập viên ban Bạn đọc', place: 'ban Bạn đọc' },
      { title: 'phóng viên ảnh', place: 'tòa soạn' },
    ],
    served: 'bạn đọc',
    schools: ['Trường Đại học Khoa học Xã hội và Nhân văn', 'Học viện Báo chí và Tuyên truyền'],
    tasks: ['đọc lại bản thảo lần cuối', 'trả lời thư của một bạn đọc', 'sắp xếp lịch đi cơ sở cho tuần tới'],
    groups: ['Ban Bạn đọc', 'Ban Thời sự'],
    initiatives: ['Chuyên mục “Người tốt quanh ta”', 'Đường dây nóng bạn đọc', 'Video ngắn về gương người tốt'],
    titleIdeas: ['Ngòi bút vì người yếu thế', 'Những trang viết từ cơ sở', 'Nhà báo của những con hẻm'],
    quotes: ['Ngòi bút của các bạn cũng là những vũ khí sắc bén trong sự nghiệp phò chính trừ tà'],
    stories: [
      { virtue: 'vi-dan', text: 'Nhận được thư của bạn đọc phản ánh về một con hẻm ngập nước quanh năm ở {phuong}, {ten} xuống tận nơi, lội nước cùng người dân để ghi nhận. Bài viết của {ng} được chính quyền địa phương tiếp thu, và chỉ vài tháng sau con hẻm đã được nâng cấp. Người dân trong hẻm gọi đó là “con đường của nhà báo”.' },
      { virtue: 'tan-tuy', text: 'Những ngày thành phố chống dịch năm 2021, {ten} có mặt ở những nơi khó khăn nhất để đưa tin, từ khu cách ly đến bệnh viện dã chiến. {Ng} viết những bài báo đầy tính nhân văn về các y bác sĩ, tình nguyện viên, góp phần lan tỏa sự sẻ chia. Có bài viết đã giúp một gia đình nghèo nhận được sự hỗ trợ kịp thời.' },
      { virtue: 'tiet-kiem', text: 'Trong nghề báo, có không ít lời mời mọc, quà cáp, nhưng {ten} giữ cho mình một nguyên tắc: không nhận bất cứ thứ gì từ nhân vật mình viết. {Ng} nói ngòi bút phải sạch thì bài viết mới có sức nặng. Nhiều đồng nghiệp trẻ xem {ng} là chuẩn mực về đạo đức nghề nghiệp.' },
      { virtue: 'sang-tao', text: '{Ten} khởi xướng chuyên mục “Người tốt quanh ta” trên báo điện tử, kết hợp video ngắn và ảnh, thu hút hàng triệu lượt xem. Chuyên mục đã giới thiệu hàng trăm tấm gương bình dị khắp thành phố. Nhiều nhân vật sau khi được giới thiệu đã nhận được sự hỗ trợ để tiếp tục làm việc tốt.' },
    ],
  },
  'chinh-sach': {
    posts: [
      { title: 'chuyên viên phòng Chính sách người có công', place: 'phòng Chính sách người có công' },
      { title: 'cán bộ bộ phận một cửa', place: 'bộ phận một cửa' },
      { title: 'công chức văn hóa – xã hội', place: 'bộ phận một cửa' },
    ],
    served: 'người dân',
    schools: ['Trường Đại học Lao động – Xã hội', 'Học viện Hành chính Quốc gia'],
    tasks: ['hướng dẫn một cụ già điền tờ khai', 'gọi điện hẹn lịch thăm một gia đình chính sách', 'sắp xếp hồ sơ cho buổi tiếp dân'],
    groups: ['Bộ phận một cửa', 'Phòng Chính sách người có công'],
    initiatives: ['Tra cứu tiến độ hồ sơ bằng mã QR', 'Hồ sơ đến tận nhà cho người già yếu', 'Sổ tay thủ tục bằng tranh'],
    titleIdeas: ['Trọn nghĩa tri ân', 'Nụ cười nơi bộ phận một cửa', 'Vì dân mà làm'],
    stories: [
      { virtue: 'vi-dan', text: 'Có một bà mẹ liệt sĩ ở {phuong} nhiều năm chưa được hưởng đầy đủ chế độ vì hồ sơ thiếu giấy tờ. {Ten} đến tận nhà, nghe bà kể chuyện, rồi lần theo từng manh mối để bổ sung hồ sơ. Ngày quyết định được ký, {ng} đích thân mang đến trao cho bà.' },
      { virtue: 'tan-tuy', text: 'Bộ phận một cửa lúc nào cũng đông người, nhưng {ten} chưa bao giờ để người dân phải đợi mà không được hướng dẫn. {Ng} thường đến sớm để kiểm tra máy tính, máy in, bảo đảm khi mở cửa là mọi thứ sẵn sàng. Nhiều hồ sơ được {ng} trả trước hạn vài ngày.' },
      { virtue: 'sang-tao', text: '{Ten} đề xuất lập bảng theo dõi hồ sơ công khai bằng mã QR để người dân tự tra cứu tiến độ trên điện thoại. Từ khi áp dụng, những cuộc gọi hỏi thăm hồ sơ giảm hẳn, cán bộ có thêm thời gian giải quyết công việc. Cách làm này được nhiều đơn vị đến học tập.' },
      { virtue: 'tiet-kiem', text: 'Khi đơn vị tổ chức các đợt thăm hỏi gia đình chính sách, {ten} luôn cân nhắc từng khoản chi sao cho món quà đến tay người nhận là nhiều nhất. {Ng} tự chở quà bằng xe máy, không tổ chức lễ nghi rườm rà. Số tiền tiết kiệm được dùng để thăm thêm được nhiều gia đình hơn.' },
      { virtue: 'gian-di', text: 'Ở bộ phận một cửa, {ten} chưa bao giờ ngồi sau tấm kính mà nói vọng ra. {Ng} bước ra ngoài, kéo ghế ngồi cạnh những cụ già, đọc chậm từng dòng tờ khai cho các cụ nghe. Có cụ bảo, lần đầu tiên đi làm giấy tờ mà thấy như được con cháu dắt đi.' },
    ],
  },
  'tai-chinh': {
    posts: [
      { title: 'chuyên viên phòng Quản lý ngân sách', place: 'phòng Quản lý ngân sách' },
      { title: 'kế toán trưởng', place: 'phòng Kế hoạch – Tài chính' },
      { title: 'Phó trưởng phòng Tài chính hành chính sự nghiệp', place: 'phòng Tài chính hành chính sự nghiệp' },
    ],
    served: 'người dân',
    schools: ['Trường Đại học Kinh tế Thành phố Hồ Chí Minh', 'Trường Đại học Tài chính – Marketing'],
    tasks: ['đối chiếu từng chứng từ', 'rà soát bản dự toán của một đơn vị', 'hướng dẫn một kế toán trẻ cách lập báo cáo'],
    groups: ['Phòng Quản lý ngân sách', 'Phòng Tài chính hành chính sự nghiệp'],
    initiatives: ['Bảng tính tự động đối chiếu số liệu', 'Công khai chi tiêu trên bảng tin điện tử'],
    titleIdeas: ['Chắt chiu từng đồng ngân sách', 'Người giữ những con số trong sạch', 'Thẳng như mực tàu'],
    stories: [
      { virtue: 'tiet-kiem', text: 'Khi thẩm định dự toán mua sắm, {ten} phát hiện nhiều hạng mục bị đội giá so với thị trường. {Ng} kiên quyết đề nghị điều chỉnh, dù có người không vui. Chỉ riêng đợt ấy đã tiết kiệm cho ngân sách hàng tỷ đồng.' },
      { virtue: 'tan-tuy', text: 'Những ngày cuối năm quyết toán, {ten} thường làm việc đến khuya, kiểm tra từng chứng từ, từng con số. {Ng} bảo chỉ cần sai một con số nhỏ là ảnh hưởng đến quyền lợi của cả một tập thể. Nhiều năm liền, đơn vị không bị xuất toán một khoản chi nào.' },
      { virtue: 'sang-tao', text: '{Ten} tự xây dựng các bảng tính tự động đối chiếu số liệu giữa các đơn vị, giúp rút ngắn thời gian tổng hợp báo cáo từ một tuần xuống còn hai ngày. {Ng} sẵn sàng chia sẻ bảng tính ấy cho các phòng khác. Cách làm được lãnh đạo biểu dương trong hội nghị tổng kết.' },
      { virtue: 'gian-di', text: 'Là người nắm giữ nhiều con số quan trọng, nhưng {ten} sống rất giản dị, không bao giờ nhận lời mời ăn uống của các đơn vị đến làm việc. {Ng} bảo muốn nói thẳng thì trước hết phải không mắc nợ ai. Sự trong sạch ấy khiến ai làm việc cùng cũng yên tâm.' },
    ],
  },
};
