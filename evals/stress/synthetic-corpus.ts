/**
 * @module evals/stress/synthetic-corpus
 * Deterministic synthetic policy documents for stress tests: a header like a real resolution,
 * Roman sections, numbered items and lettered points drawn from a small policy vocabulary, a closing
 * and a signature. Sizes are chosen by clause count; the same arguments always give the same text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../bench/prng.ts';

const PLACES = ['Cần Thơ', 'Sóc Trăng', 'Bình Phước', 'An Giang', 'Kiên Giang', 'Hậu Giang', 'Bạc Liêu', 'Cà Mau'];
const BODIES = [
  'Sở Tài nguyên và Môi trường',
  'Sở Xây dựng',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Ủy ban nhân dân các quận, huyện',
  'Ban Tuyên giáo Thành ủy',
  'Công an thành phố',
  'Sở Giáo dục và Đào tạo',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
];
const ACTIONS = [
  'chủ trì, phối hợp với các sở, ngành liên quan',
  'tăng cường kiểm tra, giám sát',
  'đẩy mạnh tuyên truyền, nâng cao nhận thức',
  'xây dựng kế hoạch cụ thể',
  'rà soát, hoàn thiện cơ chế, chính sách',
  'huy động nguồn lực xã hội hóa',
  'định kỳ báo cáo kết quả',
];
const TOPICS = [
  'thu gom, xử lý chất thải rắn sinh hoạt',
  'phân loại rác tại nguồn',
  'xử lý nước thải khu công nghiệp',
  'trồng rừng phòng hộ ven biển',
  'chống sạt lở bờ sông',
  'quản lý khai thác cát lòng sông',
  'phát triển năng lượng tái tạo',
  'giảm thiểu rác thải nhựa',
  'bảo tồn đa dạng sinh học',
  'kiểm soát ô nhiễm không khí',
  'ứng phó với biến đổi khí hậu',
  'cấp nước sạch nông thôn',
];
const CITED = [
  'Nghị quyết số 41-NQ/TW',
  'Chỉ thị số 12-CT/TW',
  'Kết luận số 56-KL/TW',
  'Luật Bảo vệ môi trường năm 2020',
];
/** A second vocabulary, far from the environmental seed corpus: uploads that must not disturb its answers. */
const SOCIAL = {
  places: ['Nghệ An', 'Thanh Hóa', 'Quảng Ninh', 'Lào Cai', 'Gia Lai', 'Đắk Lắk'],
  bodies: [
    'Sở Y tế',
    'Sở Giáo dục và Đào tạo',
    'Bảo hiểm xã hội tỉnh',
    'Sở Lao động - Thương binh và Xã hội',
    'Hội Liên hiệp Phụ nữ tỉnh',
  ],
  topics: [
    'tiêm chủng mở rộng cho trẻ em',
    'phổ cập giáo dục mầm non',
    'bảo hiểm y tế toàn dân',
    'phòng, chống dịch sốt xuất huyết',
    'đào tạo nghề cho lao động nông thôn',
    'chăm sóc người cao tuổi',
  ],
  cited: ['Nghị quyết số 20-NQ/TW', 'Nghị quyết số 29-NQ/TW', 'Chỉ thị số 25-CT/TW'],
};
const ENVIRONMENT = { places: PLACES, bodies: BODIES, topics: TOPICS, cited: CITED };
export type Theme = 'environment' | 'social';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

const romanOf = (n: number): string => ROMAN[(n - 1) % ROMAN.length] + (n > ROMAN.length ? `-${n}` : '');

/**
 * One synthetic document of about `clauses` clauses (items and points; sections add a few more).
 * @example synthesizeDocument(3, 500).split('\n').length // > 500
 */
export function synthesizeDocument(index: number, clauses: number, theme: Theme = 'environment'): string {
  const rnd = createRng(index * 7919 + clauses).next;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const v = theme === 'social' ? SOCIAL : ENVIRONMENT;
  const place = v.places[index % v.places.length];
  const topic = v.topics[index % v.topics.length];
  const year = 2010 + (index % 15);
  const lines = [
    `TỈNH ỦY ${place.toUpperCase()}`,
    '*',
    `Số ${100 + index}-NQ/TU`,
    `ĐẢNG CỘNG SẢN VIỆT NAM`,
    `${place}, ngày ${1 + (index % 28)} tháng ${1 + (index % 12)} năm ${year}`,
    'NGHỊ QUYẾT',
    `về ${topic} giai đoạn ${year}-${year + 5}, văn bản tổng hợp số ${index}`,
    '-----',
    `Thực hiện ${pick(v.cited)}, Ban Chấp hành Đảng bộ tỉnh thống nhất ban hành nghị quyết về ${topic} như sau:`,
  ];
  let made = 0;
  for (let s = 1; made < clauses; s++) {
    lines.push(`${romanOf(s)}. ${s === 1 ? 'MỤC TIÊU' : `NHIỆM VỤ, GIẢI PHÁP NHÓM ${s - 1}`}`);
    for (let i = 1; i <= 12 && made < clauses; i++) {
      const body = pick(v.bodies);
      const percent = 50 + Math.floor(rnd() * 50);
      lines.push(
        `${i}. ${body} ${pick(ACTIONS)} về ${pick(v.topics)}; phấn đấu đến năm ${year + 5} đạt ${percent}% theo ${pick(v.cited)}.`,
      );
      made++;
      const points = Math.floor(rnd() * 4);
      for (let p = 0; p < points && made < clauses; p++) {
        lines.push(`${LETTERS[p]}) ${pick(ACTIONS)} đối với ${pick(v.topics)} tại ${pick(v.places)}.`);
        made++;
      }
    }
  }
  lines.push(
    'Nghị quyết này được phổ biến đến chi bộ.',
    'Nơi nhận:',
    '- Ban Bí thư Trung ương Đảng,',
    '- Lưu Văn phòng Tỉnh ủy.',
    'T/M TỈNH ỦY',
    'BÍ THƯ',
    'Nguyễn Văn An',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Writes `documents` synthetic documents of `clausesPerDocument` clauses into `dir` (created) and
 * returns their paths, named `synthetic-<n>.txt`.
 */
export function writeSyntheticCorpus(
  dir: string,
  options: { documents: number; clausesPerDocument: number; firstIndex?: number; theme?: Theme },
): string[] {
  mkdirSync(dir, { recursive: true });
  const first = options.firstIndex ?? 0;
  return Array.from({ length: options.documents }, (_, k) => {
    const i = first + k;
    const path = join(dir, `synthetic-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, synthesizeDocument(i, options.clausesPerDocument, options.theme));
    return path;
  });
}

const HEADER =
  'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 12/KH-UBND\nCần Thơ, ngày 5 tháng 3 năm 2024\nKẾ HOẠCH\nvề bảo vệ môi trường\n';

/** `levels` bullets, each indented one step further (up to 80 spaces), cycling through every marker style. */
export function deepBulletsDocument(levels: number): string {
  const marks = ['-', '+', '*', '•', 'a)', 'i)', '–', 'o', '1.1.', '(1)'];
  const lines = ['I. NHIỆM VỤ', '1. Các nhiệm vụ cụ thể:'];
  for (let i = 0; i < levels; i++) {
    lines.push(`${' '.repeat(Math.min(i, 80))}${marks[i % marks.length]} Nhiệm vụ cấp ${i + 1} về bảo vệ môi trường.`);
  }
  return `${HEADER}${lines.join('\n')}\n`;
}

/** A document of `clauses` short numbered clauses under sections of 100 items with two points each. */
export function manyClausesDocument(clauses: number): string {
  const lines: string[] = [];
  let made = 0;
  for (let s = 1; made < clauses; s++) {
    lines.push(`${romanOf(s)}. NHÓM NHIỆM VỤ ${s}`);
    made++;
    for (let i = 1; i <= 100 && made < clauses; i++) {
      lines.push(`${i}. Nhiệm vụ ${s}.${i} về môi trường.`);
      made++;
      for (let p = 0; p < 2 && made < clauses; p++) {
        lines.push(`${LETTERS[p]}) Việc ${s}.${i}.${p} đúng hạn.`);
        made++;
      }
    }
  }
  return `${HEADER}${lines.join('\n')}\n`;
}
