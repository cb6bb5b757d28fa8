/**
 * @module search/data/question-bridges — Vietnamese question words → the heading words the genre answers them under.
 *
 * A plan, notice or decree states its when, where, who-attends and how-much under labelled parts:
 * "Thời gian:", "Địa điểm:", "Thành phần:", "Kinh phí:", "Thời hạn …" (the parts NĐ 30/2020 Phụ lục III
 * and HD 36-HD/VPTW forms give a Kế hoạch, Thông báo, Giấy mời, and the "Điều … Thời hạn / Hiệu lực /
 * Đối tượng áp dụng" of a normative text under the Luật ban hành VBQPPL). The question says "ở đâu",
 * "khi nào", the clause says "Địa điểm", "Thời gian": neither holds the other's words.
 * Folded forms (no diacritics), so questions typed with or without accents meet the same entry.
 */

/** One bridge: question phrases (folded, whole words) → heading phrases added to the query at a low weight. */
export interface QuestionBridge {
  asks: readonly string[];
  headings: readonly string[];
}

export const QUESTION_BRIDGES: readonly QuestionBridge[] = [
  // Where: "Địa điểm:" in plans, notices and invitations.
  // English asks the same: `where` is a function word the glossary never renders, so it needs the bridge too.
  {
    asks: [
      'o dau',
      'tai dau',
      'noi nao',
      'o noi nao',
      'dia diem nao',
      'dia ban nao',
      'where',
      'what venue',
      'which venue',
    ],
    headings: ['địa điểm'],
  },
  // How long: "Thời hạn" of a task, a licence, a certificate. Not "khi nào": a date is asked of events and of a
  // document's effect alike, and "thời gian" stands in far more clauses than answer a "when".
  // English asks a deadline or an expiry with a question phrase the glossary cannot render word by word.
  {
    asks: ['bao lau', 'may nam', 'may thang', 'may ngay', 'bao nhieu ngay', 'bao nhieu nam', 'by when', 'until when'],
    headings: ['thời hạn'],
  },
  // Who attends: "Thành phần:" (tham dự, mời).
  { asks: ['nhung ai', 'gom ai', 'ai tham du', 'ai tham gia', 'ai du'], headings: ['thành phần'] },
  // To whom it applies: "Đối tượng áp dụng", "Phạm vi điều chỉnh" (first articles of a normative text).
  { asks: ['doi tuong nao', 'ap dung cho ai', 'ap dung doi voi ai', 'ap dung voi ai'], headings: ['đối tượng'] },
  // Funding: "Kinh phí thực hiện", "Nguồn kinh phí".
  { asks: ['tien dau', 'nguon nao', 'ai chi tra', 'ai chiu chi phi'], headings: ['kinh phí'] },
  // Purpose: "Mục đích, yêu cầu" (section I of a Kế hoạch).
  { asks: ['de lam gi', 'nham muc dich gi', 'muc dich gi', 'nham gi'], headings: ['mục đích'] },
];
