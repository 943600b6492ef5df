import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import type { Anthology, AnthologyStory } from './types.ts';

const run = promisify(execFile);

/** Runs a poppler tool (pdftotext, pdfinfo) on the PDF bytes, through a file in a temporary folder. */
export async function poppler(tool: 'pdftotext' | 'pdfinfo', pdf: Buffer, args: string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gs-documents-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run(tool, tool === 'pdftotext' ? ['-enc', 'UTF-8', ...args, file, '-'] : ['-enc', 'UTF-8', ...args, file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every precomposed Vietnamese vowel with each tone mark, plus đ/Đ, ư/Ư, ơ/Ơ. */
export const VIETNAMESE_LETTERS =
  'á à ả ã ạ ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ é è ẻ ẽ ẹ ế ề ể ễ ệ í ì ỉ ĩ ị ó ò ỏ õ ọ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ú ù ủ ũ ụ ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ ' +
  'Á À Ả Ã Ạ Ắ Ằ Ẳ Ẵ Ặ Ấ Ầ Ẩ Ẫ Ậ É È Ẻ Ẽ Ẹ Ế Ề Ể Ễ Ệ Í Ì Ỉ Ĩ Ị Ó Ò Ỏ Õ Ọ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ú Ù Ủ Ũ Ụ Ứ Ừ Ử Ữ Ự Ý Ỳ Ỷ Ỹ Ỵ đ Đ ư Ư ơ Ơ';

/** Paragraphs as HTML with the plain text each should read as. */
export const PARAGRAPHS: { html: string; text: string }[] = [
  {
    html: '<p>Chị Nguyễn Thị Hồng Nhung – điều dưỡng khoa Hồi sức tích cực – đã mười năm gắn bó với <strong>những ca trực đêm</strong>. Ở đó, chị lặng lẽ chăm sóc từng bệnh nhân như chăm <em>người thân</em>.</p>',
    text: 'Chị Nguyễn Thị Hồng Nhung – điều dưỡng khoa Hồi sức tích cực – đã mười năm gắn bó với những ca trực đêm. Ở đó, chị lặng lẽ chăm sóc từng bệnh nhân như chăm người thân.',
  },
  {
    html: '<p>Người thầy của bản làng vượt suối, băng rừng, mang con chữ đến với học trò người Mông, người Dao; thầy bảo: &ldquo;Học để làm người tử tế, con ạ!&rdquo; Đường xa &amp; dốc, nhưng <b>thầy <i>chưa bao giờ</i> bỏ lớp</b>.</p>',
    text: 'Người thầy của bản làng vượt suối, băng rừng, mang con chữ đến với học trò người Mông, người Dao; thầy bảo: “Học để làm người tử tế, con ạ!” Đường xa & dốc, nhưng thầy chưa bao giờ bỏ lớp.',
  },
  {
    html: '<p>Ký túc xá có wifi, phòng office riêng và đèn fluorescent; kỹ sư Ngô Quyết Thắng nói: &#7889;ng nước đã sửa &lt;xong&gt;.</p>',
    text: 'Ký túc xá có wifi, phòng office riêng và đèn fluorescent; kỹ sư Ngô Quyết Thắng nói: ống nước đã sửa <xong>.',
  },
  { html: `<p>Bảng chữ: ${VIETNAMESE_LETTERS}.</p>`, text: `Bảng chữ: ${VIETNAMESE_LETTERS}.` },
];

const filler =
  'Những việc làm bình dị mà bền bỉ ấy đã lan tỏa trong tập thể: đồng nghiệp học theo chị, người bệnh tin tưởng, và cả khoa cùng nhau giữ gìn nếp sống tận tụy, khiêm nhường, hết lòng vì nhân dân.';

export async function samplePhotos() {
  const webp = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2f7d5b' } }).webp().toBuffer();
  const png = await sharp({ create: { width: 400, height: 400, channels: 4, background: { r: 200, g: 40, b: 40, alpha: 0.5 } } }).png().toBuffer();
  const jpeg = await sharp({ create: { width: 600, height: 900, channels: 3, background: '#d9a441' } }).jpeg().toBuffer();
  return { webp, png, jpeg };
}

export async function sampleAnthology(overrides: Partial<Anthology> = {}): Promise<Anthology> {
  const { webp, png, jpeg } = await samplePhotos();
  const body = PARAGRAPHS.map((p) => p.html).join('\n') + `<h2>Những đêm trắng</h2>${`<p>${filler}</p>`.repeat(6)}`;
  const stories: AnthologyStory[] = [
    {
      // Decomposed on purpose: the output must come back composed (NFC).
      title: 'Người thầy của bản làng'.normalize('NFD'),
      byline: 'Lò Văn Sướng — Trường Phổ thông Dân tộc bán trú Tả Phìn',
      tierName: 'Giải Nhất',
      bodyHtml: body,
      photos: [{ data: webp, mime: 'image/webp', altText: 'Thầy Sướng dẫn học trò qua suối mùa lũ' }],
      url: 'https://guongsang.example.vn/bai-viet/nguoi-thay-cua-ban-lang',
    },
    {
      title: 'Chị Nguyễn Thị Hồng Nhung – điều dưỡng khoa Hồi sức tích cực',
      byline: 'Nguyễn Thị Hồng Nhung — Đảng ủy Sở Y tế',
      tierName: 'Giải Nhì',
      bodyHtml: `<blockquote><p>Lời Bác: &ldquo;Lương y phải như từ mẫu&rdquo;</p></blockquote>${body}<ul><li><p>Trực đêm</p></li><li>Chăm bệnh nhân nặng</li></ul><ol><li>Một</li><li>Hai<br>dòng hai</li></ol>`,
      photos: [
        { data: png, mime: 'image/png', altText: 'Ca trực đêm ở khoa Hồi sức' },
        { data: jpeg, mime: 'image/jpeg', altText: 'Tập thể khoa nhận bằng khen' },
      ],
      url: 'https://guongsang.example.vn/bai-viet/chi-hong-nhung',
    },
    {
      title: 'Đảng ủy phường và những phần việc không tên',
      byline: 'Trần Quốc Bảo',
      tierName: 'Giải Nhì',
      bodyHtml: body,
      photos: [],
      url: 'https://guongsang.example.vn/bai-viet/phan-viec-khong-ten',
    },
  ];
  return {
    contestTitle: 'Gương sáng làm theo lời Bác năm 2025',
    organizerTitle: 'TM. Ban Tổ chức',
    publishedAt: new Date('2025-11-26T03:00:00Z'),
    url: 'https://guongsang.example.vn/trien-lam/2025',
    language: 'vi',
    stories,
    ...overrides,
  };
}
