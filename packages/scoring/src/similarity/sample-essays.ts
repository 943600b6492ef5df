import { splitmix32 } from './prng.ts';

/**
 * Vietnamese-like essays from a seeded generator, for tests and measurements: sentences of common
 * syllables with capitals, commas, full stops and paragraphs. Syllables are drawn with a skew
 * towards the start of the list, as in real text, so unrelated essays share common words (but
 * almost never five in a row). Not exported from the package.
 */
export const SYLLABLES: readonly string[] = (
  'và của là có những một các người trong được cho với không đã này để đến khi ' +
  'anh chị em tôi chúng ta mình họ bác cô chú ông bà đồng nghiệp tập thể cơ quan ' +
  'đơn vị công việc nhiệm vụ năm tháng ngày sáng chiều tối luôn luôn rất nhiều ' +
  'gương sáng làm theo lời học tập tư tưởng đạo đức phong cách hồ chí minh đảng ' +
  'đoàn viên thanh niên công nhân lao động sản xuất kinh doanh phục vụ nhân dân ' +
  'tận tụy trách nhiệm sáng tạo đổi mới khó khăn vượt qua giúp đỡ chia sẻ yêu thương ' +
  'gia đình con cái mẹ cha quê hương đất nước thành phố xã phường khu phố bệnh viện ' +
  'trường học lớp thầy giáo học sinh sinh viên bệnh nhân bác sĩ y tá kỹ sư chiến sĩ ' +
  'mưa nắng gió bão lũ dịch bệnh cứu người đêm khuya sớm mai tấm lòng trái tim ' +
  'giản dị khiêm tốn cần kiệm liêm chính chí công vô tư kỷ luật đoàn kết thương yêu ' +
  'xây dựng phát triển bền vững hiệu quả chất lượng thành tích khen thưởng giải thưởng ' +
  'câu chuyện kể lại nhớ mãi bài học quý giá niềm tin hy vọng ước mơ tương lai ' +
  'bạc bắc bặc bác bạn bàn bản bán bận bất bầu bẩy bếp biển biết bình bộ bốn bữa'
).split(' ');

/** A Vietnamese-like essay of exactly `words` words, a pure function of `seed`. */
export function sampleEssay(seed: number, words = 1000): string {
  const next = splitmix32(seed);
  const pick = (): string => {
    const u = next() / 2 ** 32;
    return SYLLABLES[Math.floor(SYLLABLES.length * u * u)] ?? 'và';
  };
  const parts: string[] = [];
  let inSentence = 0;
  let sentenceLength = 0;
  let sentences = 0;
  for (let w = 0; w < words; w++) {
    if (inSentence === 0) sentenceLength = 8 + (next() % 14);
    let word = pick();
    if (inSentence === 0) word = (word[0] ?? '').toUpperCase() + word.slice(1);
    inSentence++;
    const last = inSentence === sentenceLength || w === words - 1;
    if (last) {
      word += '.';
      inSentence = 0;
      sentences++;
    } else if (next() % 9 === 0) {
      word += ',';
    }
    parts.push(word);
    if (w < words - 1) parts.push(last && sentences % 5 === 0 ? '\n\n' : ' ');
  }
  return parts.join('');
}

/** The essay's sentences (each ending with its full stop), to edit a copy sentence by sentence. */
export function sentencesOf(essay: string): string[] {
  return essay.match(/[^.]+\./g)?.map((s) => s.trim()) ?? [];
}
