/**
 * @module search/data/asked-labels — a question's asking words → the labels its answer stands under.
 *
 * The genre states the when, where, who-takes-part and how-long of a plan, notice, invitation or licence as
 * labelled lines: "1. Thời gian kiểm tra: 13h30’ ngày 07/7/2026", "2. Địa điểm: Hội trường …", "3. Đối tượng:
 * …", "Thành phần: …", "Thời hạn của giấy phép: 24 tháng" (the parts NĐ 30/2020 Phụ lục III and HD 36-HD/VPTW
 * give a Kế hoạch, Thông báo, Giấy mời; a licence decision's "Thời hạn"), and a procedure's time limit opens
 * its step: "Trong thời hạn 15 ngày làm việc kể từ …" (the TTHC steps of a decree's appendix). Unlike the
 * question bridges (`question-bridges.ts`), these labels are not searched as words — "thời gian" stands in
 * far more clauses than answer a "when" — they mark a clause whose label or opening names the asked point.
 *
 * `asks`: folded Vietnamese phrases (typed with or without diacritics) and lower-case English ones, matched as
 * whole words. `labels`: folded label words, matched as whole words in a clause's label or opening.
 */

export interface AskedLabel {
  asks: readonly string[];
  labels: readonly string[];
  /** Phrases that, in the same question, point elsewhere: a document's effect date stands in its formula clause. */
  unless?: readonly string[];
}

export const ASKED_LABELS: readonly AskedLabel[] = [
  // Where.
  {
    asks: ['o dau', 'tai dau', 'noi nao', 'o noi nao', 'dia diem nao', 'where', 'what venue', 'which venue'],
    labels: ['dia diem'],
  },
  // When (an event's time and date).
  {
    asks: [
      'khi nao',
      'luc nao',
      'bao gio',
      'thoi gian nao',
      'vao ngay nao',
      'ngay nao',
      'may gio',
      'when',
      'what time',
      'what date',
      'which day',
    ],
    labels: ['thoi gian'],
    unless: ['hieu luc', 'take effect', 'takes effect', 'took effect', 'in force', 'effective'],
  },
  // How long, within how many days (a licence's term, a procedure's time limit).
  {
    asks: [
      'bao lau',
      'may nam',
      'may thang',
      'may ngay',
      'bao nhieu ngay',
      'bao nhieu nam',
      'bao nhieu thang',
      'how long',
      'how many days',
      'how many working days',
      'how many months',
      'how many years',
      'within how many',
    ],
    labels: ['thoi han'],
    unless: ['hieu luc', 'take effect', 'takes effect', 'took effect', 'in force', 'effective'],
  },
  // Who takes part: "Thành phần:", "Đối tượng:" of a plan, a course, a test.
  {
    asks: [
      'nhung ai',
      'gom ai',
      'ai tham du',
      'ai tham gia',
      'ai du',
      'doi tuong nao',
      'nhung doi tuong',
      'who attends',
      'who takes part',
      'who sits',
      'who has to sit',
      'who must attend',
      'who participates',
    ],
    labels: ['thanh phan', 'doi tuong'],
  },
];
