/**
 * @module answer/patterns
 * Every cue the question reader uses, as data: phrases that mark a kind of question, metadata
 * fields, lineage verbs, issuers and document-type words, in folded Vietnamese and in English.
 * Phrases are matched on the folded, lowercased question at word boundaries; logic lives in `classify.ts`.
 */
import type { DocumentType } from '../core/types.ts';
import type { IssuerCue, MetadataField } from './types.ts';

/** Metadata fields, each with its cue phrases; `RegExp`s are tested on the folded question. */
export const FIELD_CUES: ReadonlyArray<{ field: MetadataField; phrases: readonly (string | RegExp)[] }> = [
  {
    field: 'signer',
    phrases: [
      'ai ky',
      'nguoi ky',
      'do ai ky',
      'ky ten',
      'ky boi',
      'chu ky cua ai',
      'who signed',
      'signed by',
      'signatory',
      'who signs',
      // `Whose signature is on …`, `Which official signed …`, `Who put their name to …`.
      /\bwhose signature\b/,
      /\b(?:which|what) (?:official|person|leader|officer|cadre)\b.*\bsign(?:ed|s)?\b/,
      /\bput (?:their|his|her) names? to\b/,
    ],
  },
  {
    field: 'date',
    phrases: [
      'ngay nao',
      'ngay may',
      'ngay bao nhieu',
      'ban hanh khi nao',
      'ban hanh luc nao',
      'ban hanh bao gio',
      'ban hanh nam nao',
      'ky ngay',
      // `ngày ban hành` is the issue date; `kể từ ngày ban hành` is when something takes effect.
      /(?<!\btu )\bngay (?:ban hanh|ky)\b/,
      'what date',
      'which date',
      'issue date',
      'date of issue',
      'issued on',
      // `When was it issued`, and `When did the Committee issue its letter`.
      /\bwhen\b.*\b(issued?|signed|adopted|promulgated|released)\b/,
      /\bwhen did\b.*\b(sign|adopt|promulgate|release)\b/,
    ],
  },
  {
    field: 'symbol',
    phrases: [
      'so ky hieu',
      'so, ky hieu',
      'ky hieu',
      'so hieu',
      'so may',
      'so bao nhieu',
      'mang so',
      'number/symbol',
      'what is the number',
      'its number',
      'document number',
      'reference number',
      'symbol',
    ],
  },
  {
    field: 'place',
    phrases: [
      'ban hanh o dau',
      'ban hanh tai dau',
      'noi ban hanh',
      'dia diem ban hanh',
      /\bwhere\b.*\b(issued|signed)\b/,
    ],
  },
  {
    field: 'issuer',
    phrases: [
      'co quan nao ban hanh',
      'ai ban hanh',
      'do ai ban hanh',
      'co quan ban hanh',
      'who issued',
      'which body issued',
      'issuing body',
    ],
  },
];

/** Phrases that make a question about working with others. */
export const COORDINATE_CUES: readonly string[] = [
  'phoi hop',
  'cung voi ai',
  'coordinate',
  'coordinates',
  'coordinating',
  'coordination',
  'work with',
  'works with',
  'working with',
  'cooperate',
  'together with',
];

/** Phrases that make a question about who leads. */
export const LEAD_CUES: readonly string[] = [
  'chu tri',
  'ai lanh dao',
  'nao lanh dao',
  'ai chi dao',
  'nao chi dao',
  'phu trach',
  'dau moi',
  'chiu trach nhiem chinh',
  'giao ai',
  'giao co quan nao',
  'duoc giao',
  'lead',
  'leads',
  'leading',
  'in charge',
  'responsible for',
  'assigned',
  'take charge',
  'takes charge',
  'ai lo',
  'lo viec',
  'bo nao',
  'so nao',
  'nganh nao',
  'don vi nao',
  'chiu trach nhiem',
  'truong doan',
  'focal point',
  'heads the',
  'responsible',
];

/** Phrases that make a question about a date or time limit for a task (not the document's own date). */
export const DEADLINE_CUES: readonly string[] = [
  'han chot',
  'han cuoi',
  'thoi han',
  // `hạn hoàn thành` is how plans' task tables head the time limit (`Thời hạn hoàn thành`, `Hạn hoàn thành`).
  'han hoan thanh',
  'cham nhat',
  'truoc ngay nao',
  'khi nao phai',
  'bao gio phai',
  'den khi nao',
  'hoan thanh khi nao',
  'deadline',
  'due',
  'by when',
  'by what date',
  'time limit',
  'must be completed',
];

/** Phrases that make a question about a sum or a quantity with a unit. */
export const AMOUNT_CUES: readonly string[] = [
  'muc phat',
  'phat bao nhieu',
  'bao nhieu tien',
  'kinh phi',
  'ngan sach',
  'tru luong',
  'dien tich',
  'don gia',
  'muc gia',
  'le phi',
  'muc phi',
  'phi tham dinh',
  'phu cap',
  'cong tac phi',
  'gia ban',
  'gia moi',
  'gia mot',
  'fine',
  'penalty',
  'price',
  'budget',
  'funding',
  'fee',
  'fees',
  'allowance',
  'how much',
];

/** Phrases that make a question about reporting and reviews. */
export const REPORT_CUES: readonly string[] = [
  'bao cao',
  'so ket',
  'tong ket',
  'report',
  'reports',
  'reported',
  'reporting',
  'review',
  'reviews',
  'reviewed',
];

/** Phrases that make a question about a quantified target. */
export const TARGET_CUES: readonly string[] = [
  'bao nhieu',
  'may phan tram',
  'phan tram',
  'ty le',
  'chi tieu',
  'target',
  'targets',
  'rate',
  'what share',
  'what percentage',
  'how much',
  'how many',
  'percent',
  'per cent',
];

/** Verbs by which one document rests on another: a document named after one of these is the object. */
export const LINEAGE_VERBS: readonly string[] = [
  'trien khai',
  'thuc hien',
  'quan triet',
  'cu the hoa',
  'tong ket',
  'dua tren',
  'can cu',
  'implement',
  'implements',
  'implementing',
  'carry out',
  'carries out',
  'rest on',
  'rests on',
  'based on',
  'review',
  'reviews',
];

/** Type words, folded Vietnamese and English, in the order they are tried (longer first). */
export const TYPE_WORDS: ReadonlyArray<{ type: DocumentType; words: readonly string[]; common?: boolean }> = [
  { type: 'CTr', words: ['chuong trinh hanh dong', 'chuong trinh', 'programme', 'program', 'action programme'] },
  { type: 'NQ', words: ['nghi quyet', 'resolution'] },
  { type: 'KL', words: ['ket luan', 'conclusion'] },
  { type: 'CT', words: ['chi thi', 'directive'] },
  { type: 'KH', words: ['ke hoach', 'plan'] },
  { type: 'CV', words: ['cong van', 'official letter', 'letter', 'dispatch'] },
  { type: 'QD', words: ['quyet dinh', 'decision'] },
  { type: 'ND', words: ['nghi dinh', 'decree'] },
  { type: 'TT', words: ['thong tu', 'circular'] },
  { type: 'LUAT', words: ['law'] },
  // Everyday words as well as type names: only count when followed by a number or asked for with `nào`.
  { type: 'HD', words: ['huong dan', 'guidance'], common: true },
  { type: 'TB', words: ['thong bao', 'notice'], common: true },
  { type: 'BC', words: ['bao cao'], common: true },
  { type: 'QDi', words: ['quy dinh', 'regulation'], common: true },
  { type: 'DA', words: ['de an', 'scheme'], common: true },
];

/** Words for "a document" of any type, asked with `nào` / `which`. */
export const ANY_DOCUMENT_WORDS: readonly string[] = ['van ban', 'document', 'documents'];

/** Issuers a lineage question may ask about, by their cue words. */
export const ISSUER_CUES: ReadonlyArray<{ cue: IssuerCue; words: readonly string[] }> = [
  { cue: { name: 'Bộ Chính trị', symbolSuffix: '/TW' }, words: ['bo chinh tri', 'politburo'] },
  { cue: { name: 'Ban Bí thư', symbolSuffix: '/TW' }, words: ['ban bi thu', 'secretariat'] },
  { cue: { name: 'Trung ương', symbolSuffix: '/TW' }, words: ['trung uong', 'central', 'central committee'] },
  { cue: { name: 'Chính phủ', symbolSuffix: '-CP' }, words: ['chinh phu', 'government'] },
  { cue: { name: 'Thủ tướng Chính phủ', symbolSuffix: '-TTg' }, words: ['thu tuong', 'prime minister'] },
  {
    cue: { name: 'Thành ủy / Tỉnh ủy', symbolSuffix: '/TU' },
    words: [
      'thanh uy',
      'tinh uy',
      'ban thuong vu',
      'city party committee',
      'provincial party committee',
      'standing committee',
    ],
  },
];

/**
 * Question words and cue phrases removed from the retrieval query and the content terms
 * (folded Vietnamese and English; matched whole words).
 */
export const QUESTION_NOISE: readonly string[] = [
  // `phạt mức nào`, `mức bao nhiêu`: the measure noun is part of the question word (search/asking-words.ts).
  'co quan nao',
  'nhung co quan nao',
  'cac co quan nao',
  'co quan',
  'don vi nao',
  'ai',
  'nao',
  'gi',
  'dau',
  'bao nhieu',
  'la bao nhieu',
  'khi nao',
  'luc nao',
  'bao gio',
  'theo',
  'trong',
  'duoc giao',
  'giao',
  'phai',
  'hien nay',
  'cho biet',
  'which',
  'what',
  'who',
  'whom',
  'where',
  'when',
  'body',
  'bodies',
  'agency',
  'agencies',
  'under',
  'according',
];
