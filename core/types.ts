/**
 * @module core/types
 * The domain model of vankien: documents, their clause tree, the references between documents,
 * and the facts (responsibilities, targets) read from clauses. Every extracted thing keeps a
 * character span [start, end) into its document's clean text, so a citation can point at words.
 */

/** Type codes as they appear in document symbols (see DOMAIN.md). `QDi` is a Party Quy định. */
export type DocumentType =
  | 'NQ'
  | 'KL'
  | 'CT'
  | 'CTr'
  | 'KH'
  | 'CV'
  | 'HD'
  | 'TB'
  | 'QD'
  | 'QDi'
  | 'QC'
  | 'BC'
  | 'TTr'
  | 'DA'
  | 'PA'
  | 'TC'
  | 'CD'
  | 'ND'
  | 'TT'
  | 'LUAT'
  | 'BB'
  | 'GP'
  | 'GCN'
  | 'GM'
  | 'GUQ'
  | 'PTr'
  | 'PC'
  | 'GDN'
  // Technical standards (core/patterns.ts TECHNICAL_STANDARD): cited, never documents of Luật ban hành VBQPPL.
  | 'QCVN'
  | 'TCVN';

/** Half-open character range into a document's clean text. */
export interface Span {
  start: number;
  end: number;
}

/** ISO date, possibly partial when the text leaves the day or month blank: `2024-07-09`, `2024-07`, `2024`. */
export type PartialDate = string;

export interface Signer {
  /** `T/M BAN THƯỜNG VỤ`, `KT. CHỦ TỊCH` ... as printed (repaired), or null. */
  capacity: string | null;
  /** `PHÓ BÍ THƯ`, `CHỦ TỊCH` ... */
  title: string | null;
  name: string | null;
}

export interface DocumentMetadata {
  type: DocumentType | null;
  /** Printed symbol in canonical form (`1032-CV/TU`, `524/QĐ-TTg`), or the inferred one. */
  symbol: string | null;
  /** True when `symbol` was not printed but inferred from citations in other documents. */
  symbolInferred: boolean;
  /** The number part of the symbol (`1032`), null for drafts with a blank number. */
  number: string | null;
  /** Issuing body as printed in the header or the signing block (`Thành ủy Cần Thơ`); of a two-line block, the lower line. */
  issuer: string | null;
  /** The body above the issuer in a two-line header block (`Bộ Công Thương` over `Cục Hóa chất`), when printed. */
  parentIssuer?: string | null;
  /** True when the header prints a blank number (`Số:   /KH-UBND`): an unsigned draft or a copy before numbering. */
  draft?: boolean;
  /** Place of issue from the place–date line (`Cần Thơ`). */
  place: string | null;
  /** Date of issue (signing), `YYYY-MM-DD`; null when the header leaves the day blank (see `partialDate`). */
  date: PartialDate | null;
  /** What a header with a blank day or month prints (`2026-04` of `ngày   tháng 4 năm 2026`): a draft's date, not a signing date. */
  partialDate?: PartialDate | null;
  /** Subject line: `về ...`, `V/v ...`, or the title block under the type name. */
  title: string | null;
  signer: Signer | null;
  recipients: string[];
}

/** Where a field of the metadata came from: the text, a sidecar file, an inference, or the file's name (a scan's unreadable number). */
export type MetadataSource = 'text' | 'sidecar' | 'inferred' | 'file-name';

export type ClauseKind =
  | 'preamble' // header block and opening paragraphs before the first numbered part
  | 'section' // Roman numeral part: `I-`, `II.`
  | 'item' // Arabic item: `1-`, `1.`
  | 'subitem' // dotted item: `2.1.`, `3.4.`
  | 'point' // lettered point: `a)`
  | 'bullet' // `-`, `+`, `•`
  | 'paragraph' // an unnumbered paragraph inside a numbered part
  | 'closing' // text after the last part (attachments, "Nơi nhận" ...)
  // Legal normative documents (Luật ban hành VBQPPL): Phần → Chương → Mục → Tiểu mục → Điều; inside an
  // Điều, `item` is a khoản, `point` an điểm, `bullet` a tiết.
  | 'part' // `Phần thứ nhất`, `PHẦN I`
  | 'chapter' // `Chương II`
  | 'division' // `Mục 2` inside a chapter
  | 'subdivision' // `Tiểu mục 1`
  | 'article' // `Điều 2. Giải thích từ ngữ`
  | 'quoted' // a paragraph of another document's wording quoted by an amending clause (its parent)
  | 'appendix' // `PHỤ LỤC II` after the body
  | 'row' // a table row (`| 3. | Axit nitric | 7697-37-2 |`); `heading` holds the table's header row
  | 'attachment' // a text issued with the document: `QUY CHẾ … (Ban hành kèm theo Quyết định …)`
  | 'recipients'
  | 'signature';

export interface Clause {
  /** Stable: `${documentId}~${anchor}`; the same text always yields the same ID. */
  id: string;
  documentId: string;
  parentId: string | null;
  kind: ClauseKind;
  /** Numbering as printed, normalized (`II`, `3`, `3.4`, `a`), null for bullets and paragraphs. */
  marker: string | null;
  /** URL-safe anchor unique within the document: `II-1-a`, `3-3.4`, `II-1-b2`, `preamble`. */
  anchor: string;
  /** Markers from the root down to this clause, for display: `['II', '1', 'a']`. */
  path: string[];
  /** Position among its siblings, from 0. */
  ordinal: number;
  depth: number;
  /** Human label used in citations: `1032-CV/TU, mục 3.4`. */
  label: string;
  /** Heading line of a section/item when it has one (`QUAN ĐIỂM, MỤC TIÊU`). */
  heading: string | null;
  /** The clause's own text as shown (clean text, lines joined), without its children. */
  text: string;
  /** Span of `text` in the document's clean text. */
  span: Span;
}

/** The relation a citing clause or document has to the cited document. */
export type RelationType = 'implements' | 'continues' | 'reviews' | 'attaches' | 'cites' | ValidityRelation;

/**
 * What a document does to another's force, as its text says (Luật ban hành VBQPPL, vbpl.vn's
 * relation list): `sửa đổi, bổ sung` amends, `thay thế` / `… hết hiệu lực` replaces, `bãi bỏ`
 * repeals, `tạm ngưng hiệu lực` suspends, `đính chính` corrects, `hướng dẫn` / `quy định chi tiết`
 * guides, `Căn cứ …` basis. Only the first four change the target's status.
 */
export type ValidityRelation = 'amends' | 'replaces' | 'repeals' | 'suspends' | 'corrects' | 'guides' | 'basis';

/** One validity relation read from a clause: to a document, and to a named part of it when the text names one. */
export interface ValidityLink {
  clauseId: string;
  relation: ValidityRelation;
  /** Node key of the target document; null for the document itself (`Điều 5 của Luật này`). */
  targetKey: string | null;
  /** The named part, smallest unit first (`điểm d khoản 2 Điều 38`, `Chương III`); null for the whole document. */
  targetPart: string | null;
  /** The sentence that says it (exact text of the clause). */
  quote: string;
  span: Span;
  /** A date the sentence states for the change (ISO); null when it takes effect with this document. */
  date: string | null;
  /** The `trừ …` exception the sentence makes, as written; null when none. */
  exception: string | null;
  /**
   * Null when this document makes the change; else the node key of the act that makes it, as this document reports
   * it (`Nghị định số 15/2018/NĐ-CP … đã được sửa đổi, bổ sung bởi Nghị định số 155/2018/NĐ-CP`): a third party's
   * statement, cited by its clause.
   */
  sourceKey: string | null;
}

/** An effective date stated in a clause: of this document (or of parts of it), or of another document's parts that continue. */
export interface EffectiveDate {
  clauseId: string;
  /** Null for this document; else the node key of the document the sentence is about. */
  subjectKey: string | null;
  /** Parts the date is for (`Điều 17, Điều 32`); null for the whole document. */
  parts: string[] | null;
  /** ISO date force begins; null when the sentence only ends it. */
  from: string | null;
  /** ISO date of the last day in force; null when not stated. */
  to: string | null;
  /** How `from` was read: a written date, the signing date, or a delay after signing. */
  basis: 'date' | 'signing' | 'after-signing' | null;
  quote: string;
  span: Span;
}

/**
 * What a citation says about a document. `key` is the canonical node key every mention of the
 * same document meets at: the symbol for central ones (`41-NQ/TW`, `120/NQ-CP`), the symbol and
 * place for local ones whose numbers repeat in every province (`27-CTr/TU@can-tho`), a slug for
 * named ones (`LUAT:bao-ve-moi-truong:2014`). See ingest/references/canonical.ts.
 */
export interface DocumentKey {
  key: string;
  type: DocumentType | null;
  symbol: string | null;
  number: string | null;
  issuer: string | null;
  date: PartialDate | null;
  subject: string | null;
  /** Name form when there is no number: `Nghị quyết Trung ương 7 khóa XI`. */
  name: string | null;
}

export interface Reference {
  clauseId: string;
  /** Exact mention as it stands in the clean text (may include line-joined symbol parts). */
  mention: string;
  span: Span;
  target: DocumentKey;
  relation: RelationType;
  /** True when the cited document is this document's basis (named in its title or opening). */
  basis: boolean;
}

export type ResponsibilityRole = 'lead' | 'direct' | 'coordinate' | 'advise' | 'monitor' | 'report' | 'implement';

/** A body with its level and place, so the Ban Tuyên giáo of one province is not another's. */
export interface Body {
  /** Canonical full name (`Ủy ban nhân dân thành phố`, `Ban Tuyên giáo Thành ủy`). */
  name: string;
  /** `central` | `province` | `district` | `commune` | null when the text does not say. */
  level: 'central' | 'province' | 'district' | 'commune' | null;
  /** Place taken from the document (`Cần Thơ`), null for central bodies. */
  place: string | null;
}

export interface Responsibility {
  clauseId: string;
  role: ResponsibilityRole;
  body: Body;
  /** The words naming the body in the text. */
  bodyText: string;
  /** False when stated in this clause; true when inherited from an ancestor's lead-in. */
  inherited: boolean;
  /** Clause where the words stand (this clause, or the ancestor it was inherited from). */
  sourceClauseId: string;
  span: Span;
}

export type Comparator = 'reach' | 'above' | 'at-least' | 'at-most' | 'below' | 'strive' | 'maintain';

export interface Target {
  clauseId: string;
  indicator: string;
  value: number;
  /** Value as printed (`74,8`). */
  valueText: string;
  unit: string | null;
  comparator: Comparator | null;
  /** Year the target is due (`đến năm 2025`), or the end of its period. */
  deadline: number | null;
  period: { from: number; to: number } | null;
  /** `urban` | `rural` | ... or null. */
  scope: string | null;
  place: string | null;
  span: Span;
}

/** A parsed document, ready to be stored: the output of the ingestion pipeline for one file. */
export interface ParsedDocument {
  id: string;
  sourceName: string;
  /** sha256 of the decoded source text; unchanged hash ⇒ re-ingest is a no-op. */
  contentHash: string;
  /** Decoded source text, before any repair. */
  rawText: string;
  /** Repaired text (NFC, glyphs, joined lines) that all spans index into. */
  cleanText: string;
  metadata: DocumentMetadata;
  metadataSources: Partial<Record<keyof DocumentMetadata, MetadataSource>>;
  clauses: Clause[];
  references: Reference[];
  responsibilities: Responsibility[];
  targets: Target[];
  /** Validity relations and effective dates (absent in documents built before they were read). */
  validity?: { links: ValidityLink[]; dates: EffectiveDate[] };
}
