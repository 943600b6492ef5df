import type { CriterionInput, NewContest, PrizeTierInput } from '@guong-sang/db';
import type { SubjectKind } from './essay-generator.ts';

/** The demo contests: the open one, an earlier one being judged, and last year's, published. */
export interface DemoContest {
  contest: NewContest;
  criteria: CriterionInput[];
  prizeTiers: PrizeTierInput[];
  /** The category an essay about this kind of subject is entered in. */
  categoryFor: Record<SubjectKind, string>;
}

export const DEMO_CONTEST_SLUG = 'guong-sang-2026';
/** Last year's edition, published; a fixed name like the open contest's. */
export const DEMO_PUBLISHED_SLUG = 'guong-sang-2025';
export const DEMO_JUDGING_SLUG_PREFIX = 'nguoi-tot-viec-tot-';

const DAY = 24 * 60 * 60 * 1000;

const vietnameseDate = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric',
});

export const vietnamYear = (at: Date) =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(at));

/** Scale bands: `score` is the lowest score of the band. */
const band = (descriptions: [string, string, string, string]) =>
  (['Chưa đạt', 'Đạt', 'Khá', 'Xuất sắc'] as const).map((label, i) => ({
    score: [0, 5, 7, 9][i]!, label, description: descriptions[i]!,
  }));

const CONTENT: CriterionInput = {
  name: 'Nội dung',
  description: 'Bài viết kể về người thật, việc thật; làm nổi bật phẩm chất, việc làm cụ thể của nhân vật trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
  weight: 0.4, min: 0, max: 10,
  levels: band([
    'Không đúng chủ đề hoặc chỉ nêu chung chung, thiếu việc làm cụ thể.',
    'Đúng chủ đề, có việc làm cụ thể nhưng chưa làm nổi bật phẩm chất của nhân vật.',
    'Làm nổi bật phẩm chất của nhân vật qua nhiều việc làm cụ thể, gắn với lời dạy của Bác.',
    'Câu chuyện sâu sắc, giàu cảm xúc; phẩm chất nhân vật hiện lên rõ nét, thuyết phục.',
  ]),
};
const TRUTHFULNESS: CriterionInput = {
  name: 'Tính chân thực',
  description: 'Nhân vật, sự việc, số liệu có thật, có địa chỉ kiểm chứng; không hư cấu, không sao chép.',
  weight: 0.25, min: 0, max: 10,
  levels: band([
    'Có dấu hiệu hư cấu, sao chép hoặc không xác định được nhân vật.',
    'Nhân vật có thật nhưng sự việc thiếu chi tiết để kiểm chứng.',
    'Nhân vật, sự việc cụ thể, có thời gian, địa điểm rõ ràng.',
    'Chi tiết chính xác, có số liệu, nhân chứng; hoàn toàn có thể kiểm chứng.',
  ]),
};
const REACH: CriterionInput = {
  name: 'Tính lan tỏa',
  description: 'Câu chuyện có sức cảm hóa, truyền cảm hứng, có thể nhân rộng trong cơ quan, đơn vị và cộng đồng.',
  weight: 0.2, min: 0, max: 10,
  levels: band([
    'Câu chuyện ít sức gợi, khó nhân rộng.',
    'Có ý nghĩa trong phạm vi đơn vị.',
    'Truyền cảm hứng, có thể nhân rộng ra nhiều đơn vị.',
    'Có sức cảm hóa mạnh, đáng giới thiệu rộng rãi trong toàn thành phố.',
  ]),
};
const PRESENTATION: CriterionInput = {
  name: 'Hình thức trình bày',
  description: 'Bố cục chặt chẽ, ngôn ngữ trong sáng, đúng chính tả, văn phong phù hợp; đúng quy định về độ dài.',
  weight: 0.15, min: 0, max: 10,
  levels: band([
    'Bố cục lộn xộn, nhiều lỗi chính tả, không đúng độ dài quy định.',
    'Bố cục rõ ràng, còn một số lỗi diễn đạt.',
    'Bố cục chặt chẽ, diễn đạt mạch lạc, ít lỗi.',
    'Văn phong trong sáng, giàu hình ảnh, không có lỗi.',
  ]),
};

function rules(o: { opens: Date; closes: Date; minWords: number; maxWords: number; categories: string[]; prizeTiers: PrizeTierInput[] }): string {
  const count = (n: number) => String(n).padStart(2, '0');
  return `## Đối tượng dự thi

Cán bộ, đảng viên, công chức, viên chức và người lao động đang công tác tại các tổ chức cơ sở đảng trực thuộc. Thành viên Ban Tổ chức và Ban Giám khảo không tham gia dự thi.

## Nội dung

- Viết về người thật, việc thật: cá nhân hoặc tập thể tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
- Nêu rõ họ tên, đơn vị công tác của nhân vật được viết về; sự việc có địa chỉ kiểm chứng.
- Không hư cấu, không sao chép; bài chưa từng đăng trên báo chí hoặc dự thi ở cuộc thi khác.

## Hình thức

- Bài viết bằng tiếng Việt, dài từ **${o.minWords.toLocaleString('vi-VN')} đến ${o.maxWords.toLocaleString('vi-VN')} chữ**.
- Mỗi tác giả gửi 01 bài, có thể kèm ảnh minh họa.
- Nộp trực tuyến: soạn trực tiếp trên hệ thống hoặc tải lên tệp DOCX, ODT, PDF.

## Chuyên mục

${o.categories.map((c) => `- ${c}`).join('\n')}

## Thời hạn

Nhận bài từ ngày ${vietnameseDate.format(o.opens)} đến hết ngày ${vietnameseDate.format(o.closes)} (giờ Việt Nam). Trước hạn nộp bài, tác giả có thể sửa hoặc rút bài.

## Chấm thi

Bài dự thi được mã hóa trước khi chuyển Ban Giám khảo: giám khảo không biết tên tác giả. Ở vòng sơ khảo, mỗi bài do hai giám khảo chấm độc lập; vòng chung khảo chấm các bài có điểm cao nhất.

## Cơ cấu giải thưởng

${o.prizeTiers.map((t) => `- ${count(t.count)} ${t.name}`).join('\n')}

## Bản quyền

Tác giả đồng ý để Ban Tổ chức sử dụng bài đạt giải vào việc tuyên truyền, đăng tải và in tuyển tập.
`;
}

/** "Gương sáng làm theo lời Bác năm 2026": submissions opened 20 days before `now`, close 10 days after. */
export function openContest(now: Date): DemoContest {
  const opens = new Date(now.getTime() - 20 * DAY);
  const closes = new Date(now.getTime() + 10 * DAY);
  const categories = ['Cán bộ, đảng viên', 'Người lao động', 'Tập thể tiêu biểu'];
  const prizeTiers = [
    { name: 'Giải Nhất', count: 1 }, { name: 'Giải Nhì', count: 2 },
    { name: 'Giải Ba', count: 3 }, { name: 'Giải Khuyến khích', count: 10 },
  ];
  return {
    contest: {
      slug: DEMO_CONTEST_SLUG,
      title: 'Gương sáng làm theo lời Bác năm 2026',
      description: `Cuộc thi viết **“Gương sáng làm theo lời Bác”** năm 2026 nhằm phát hiện, tôn vinh và lan tỏa những tấm gương bình dị mà cao đẹp trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: những cán bộ, đảng viên, người lao động tận tụy, giản dị, hết lòng vì nhân dân ở các cơ quan, đơn vị trên địa bàn Thành phố Hồ Chí Minh.

Mỗi bài viết là một câu chuyện có thật về người thật, việc thật: một đồng nghiệp, một tập thể mà bạn đã chứng kiến và muốn kể lại. Các bài đạt giải sẽ được công bố trên trang cuộc thi và tập hợp thành tuyển tập.
`,
      rules: rules({ opens, closes, minWords: 500, maxWords: 2500, categories, prizeTiers }),
      status: 'open',
      submissionOpensAt: opens,
      submissionClosesAt: closes,
      minWords: 500,
      maxWords: 2500,
      categories,
      organizerTitle: 'TM. Ban Tổ chức',
      entriesPerAuthor: 1,
      createdAt: new Date(opens.getTime() - 7 * DAY),
      updatedAt: new Date(opens.getTime() - 7 * DAY),
    },
    criteria: [CONTENT, TRUTHFULNESS, REACH, PRESENTATION],
    prizeTiers,
    categoryFor: { 'party-member': 'Cán bộ, đảng viên', worker: 'Người lao động', group: 'Tập thể tiêu biểu' },
  };
}

/** An earlier, smaller contest whose submissions closed 25 days before `now`: it is being judged. */
export function closedContest(now: Date): DemoContest {
  const opens = new Date(now.getTime() - 75 * DAY);
  const closes = new Date(now.getTime() - 25 * DAY);
  const year = vietnamYear(opens);
  const categories = ['Cá nhân', 'Tập thể'];
  const prizeTiers = [
    { name: 'Giải Nhất', count: 1 }, { name: 'Giải Nhì', count: 1 },
    { name: 'Giải Ba', count: 2 }, { name: 'Giải Khuyến khích', count: 5 },
  ];
  return {
    contest: {
      slug: `${DEMO_JUDGING_SLUG_PREFIX}${year}`,
      title: `Người tốt, việc tốt quanh ta năm ${year}`,
      description: `Cuộc thi viết về **người tốt, việc tốt** ở cơ quan, đơn vị, khu phố nơi bạn sống và làm việc, năm ${year}.

Hãy kể về một việc làm tốt mà bạn đã chứng kiến, dù nhỏ: mỗi câu chuyện là một bông hoa trong vườn hoa người tốt, việc tốt của thành phố.
`,
      rules: rules({ opens, closes, minWords: 400, maxWords: 2000, categories, prizeTiers }),
      status: 'judging',
      submissionOpensAt: opens,
      submissionClosesAt: closes,
      minWords: 400,
      maxWords: 2000,
      categories,
      organizerTitle: 'TM. Ban Tổ chức',
      createdAt: new Date(opens.getTime() - 5 * DAY),
      updatedAt: closes,
    },
    criteria: [
      { ...CONTENT, weight: 0.5 },
      { ...TRUTHFULNESS, weight: 0.3 },
      { ...PRESENTATION, weight: 0.2 },
    ],
    prizeTiers,
    categoryFor: { 'party-member': 'Cá nhân', worker: 'Cá nhân', group: 'Tập thể' },
  };
}

/**
 * Last year's edition of the open contest, judged, awarded and published: its showcase is what
 * visitors read. Submissions closed about eleven months before `now`.
 */
export function publishedContest(now: Date): DemoContest {
  const current = openContest(now);
  const opens = new Date(now.getTime() - 400 * DAY);
  const closes = new Date(now.getTime() - 340 * DAY);
  const prizeTiers = [
    { name: 'Giải Nhất', count: 1 }, { name: 'Giải Nhì', count: 2 },
    { name: 'Giải Ba', count: 3 }, { name: 'Giải Khuyến khích', count: 6 },
  ];
  const categories = current.contest.categories ?? [];
  return {
    ...current,
    contest: {
      ...current.contest,
      slug: DEMO_PUBLISHED_SLUG,
      title: 'Gương sáng làm theo lời Bác năm 2025',
      description: `Cuộc thi viết **“Gương sáng làm theo lời Bác”** năm 2025 đã nhận hàng trăm bài viết về những tấm gương bình dị mà cao đẹp ở các cơ quan, đơn vị trên địa bàn Thành phố Hồ Chí Minh.

Dưới đây là những bài viết đoạt giải, được tác giả đồng ý công bố. Mời bạn đọc và chia sẻ để những câu chuyện đẹp được lan tỏa.
`,
      rules: rules({ opens, closes, minWords: 500, maxWords: 2500, categories, prizeTiers }),
      status: 'judging',
      submissionOpensAt: opens,
      submissionClosesAt: closes,
      createdAt: new Date(opens.getTime() - 7 * DAY),
      updatedAt: closes,
    },
    prizeTiers,
  };
}
