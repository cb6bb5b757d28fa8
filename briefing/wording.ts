/** @module briefing/wording — the briefing's own words (summaries, headings, labels) in Vietnamese and English. */
import type { RelationType, ResponsibilityRole } from '../core/types.ts';
import { FORCE_CHANGE_VERBS } from '../answer/templates.ts';
import type { ValidityStatus } from '../lineage/validity/index.ts';
import type { BriefingLang, BriefingSectionId } from './types.ts';
import type { ExcludedSource } from './validity-filter.ts';

interface Wording {
  title: (topic: string) => string;
  date: (iso: string) => string;
  section: Record<BriefingSectionId, string>;
  role: Record<ResponsibilityRole, string>;
  relation: Record<RelationType, string>;
  by: (year: string) => string;
  /** Target scopes (`urban`, `rural` ...) as words; unknown ones are shown as they are. */
  scope: Record<string, string>;
  /** A document without a symbol: `Công văn ngày 13/06/2016`. */
  documentOn: (type: string | null, date: string) => string;
  source: string;
  empty: string;
  note: string;
  /** The note on documents and articles left out as no longer in force. */
  excluded: (list: string) => string;
  /** `Điều 6 của 146/2025/NĐ-CP (đã bị bãi bỏ bởi 26/2026/NĐ-CP)`. */
  excludedSource: (e: ExcludedSource) => string;
}

const STATUS_VI: Partial<Record<ValidityStatus, string>> = {
  replaced: 'đã bị thay thế',
  repealed: 'đã bị bãi bỏ',
  expired: 'đã hết hiệu lực',
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

const TYPE_VI: Record<string, string> = {
  NQ: 'Nghị quyết',
  KL: 'Kết luận',
  CT: 'Chỉ thị',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  CV: 'Công văn',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  QD: 'Quyết định',
  QDi: 'Quy định',
  QC: 'Quy chế',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  DA: 'Đề án',
  PA: 'Phương án',
  TC: 'Thông cáo',
  CD: 'Công điện',
  ND: 'Nghị định',
  TT: 'Thông tư',
  LUAT: 'Luật',
};

const TYPE_EN: Record<string, string> = {
  NQ: 'Resolution',
  KL: 'Conclusion',
  CT: 'Directive',
  CTr: 'Programme',
  KH: 'Plan',
  CV: 'Official letter',
  HD: 'Guidance',
  TB: 'Notice',
  QD: 'Decision',
  QDi: 'Regulation',
  QC: 'Rules',
  BC: 'Report',
  TTr: 'Submission',
  DA: 'Scheme',
  PA: 'Plan of action',
  TC: 'Communiqué',
  CD: 'Dispatch',
  ND: 'Decree',
  TT: 'Circular',
  LUAT: 'Law',
};

export const WORDING: Record<BriefingLang, Wording> = {
  vi: {
    title: (topic) => `TÓM TẮT: ${topic.toUpperCase()}`,
    date: (iso) => {
      const [y, m, d] = iso.slice(0, 10).split('-');
      return `Ngày ${d} tháng ${m} năm ${y}`;
    },
    section: {
      assessments: 'KẾT QUẢ, ĐÁNH GIÁ',
      targets: 'MỤC TIÊU, CHỈ TIÊU',
      tasks: 'NHIỆM VỤ VÀ CƠ QUAN CHỦ TRÌ',
      lineage: 'CĂN CỨ VÀ QUAN HỆ GIỮA CÁC VĂN BẢN',
    },
    role: {
      lead: 'Chủ trì',
      direct: 'Chỉ đạo',
      coordinate: 'Phối hợp',
      advise: 'Tham mưu',
      monitor: 'Kiểm tra, giám sát',
      report: 'Báo cáo',
      implement: 'Thực hiện',
    },
    relation: {
      implements: 'triển khai thực hiện',
      continues: 'tiếp tục thực hiện',
      reviews: 'tổng kết',
      attaches: 'kèm theo',
      cites: 'dẫn chiếu',
      ...FORCE_CHANGE_VERBS.vi,
      guides: 'hướng dẫn',
      basis: 'căn cứ',
    },
    by: (year) => `đến ${year}`,
    scope: {
      urban: 'đô thị',
      rural: 'nông thôn',
      industrial: 'công nghiệp',
      medical: 'y tế',
      'craft-village': 'làng nghề',
    },
    documentOn: (type, date) => `${TYPE_VI[type ?? ''] ?? 'Văn bản'} ngày ${date.split('-').reverse().join('/')}`,
    source: 'Nguồn',
    empty: 'Không có nội dung.',
    note: 'Mỗi đoạn trích giữ nguyên văn bản gốc; nguồn ghi trong ngoặc đơn sau đoạn trích.',
    excluded: (list) => `Không đưa vào bản tóm tắt các nội dung không còn hiệu lực: ${list}.`,
    excludedSource: (e) => {
      const what = e.part ? `${e.part} của ${e.symbol ?? e.documentId}` : (e.symbol ?? e.documentId);
      const by = e.endedBy.length ? ` bởi ${e.endedBy.join(', ')}` : '';
      return `${what} (${STATUS_VI[e.status] ?? e.status}${by})`;
    },
  },
  en: {
    title: (topic) => `BRIEFING: ${topic.toUpperCase()}`,
    date: (iso) => iso.slice(0, 10),
    section: {
      assessments: 'RESULTS AND ASSESSMENT',
      targets: 'OBJECTIVES AND TARGETS',
      tasks: 'TASKS AND LEAD BODIES',
      lineage: 'BASIS AND LINKS BETWEEN DOCUMENTS',
    },
    role: {
      lead: 'Leads',
      direct: 'Directs',
      coordinate: 'Coordinates',
      advise: 'Advises',
      monitor: 'Monitors',
      report: 'Reports',
      implement: 'Implements',
    },
    relation: {
      implements: 'implements',
      continues: 'continues',
      reviews: 'reviews',
      attaches: 'attaches',
      cites: 'cites',
      ...FORCE_CHANGE_VERBS.en,
      guides: 'guides',
      basis: 'is based on',
    },
    by: (year) => `by ${year}`,
    scope: {
      urban: 'urban',
      rural: 'rural',
      industrial: 'industrial',
      medical: 'medical',
      'craft-village': 'craft villages',
    },
    documentOn: (type, date) => `${TYPE_EN[type ?? ''] ?? 'Document'} of ${date}`,
    source: 'Source',
    empty: 'Nothing.',
    note: 'Quotes keep the documents’ own words; the source follows each quote in brackets.',
    excluded: (list) => `Left out as no longer in force: ${list}.`,
    excludedSource: (e) => {
      const what = e.part ? `${e.part} of ${e.symbol ?? e.documentId}` : (e.symbol ?? e.documentId);
      const by = e.endedBy.length ? ` by ${e.endedBy.join(', ')}` : '';
      return `${what} (${e.status}${by})`;
    },
  },
};

/** `I. MỤC TIÊU, CHỈ TIÊU` — the numbered heading of the n-th section shown. */
export function sectionHeading(lang: BriefingLang, id: BriefingSectionId, index: number): string {
  return `${ROMAN[index] ?? index + 1}. ${WORDING[lang].section[id]}`;
}
