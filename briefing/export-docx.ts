/**
 * @module briefing/export-docx
 * A briefing as a Word document laid out per Nghị định 30/2020/NĐ-CP (State issuer) or Hướng dẫn
 * 36-HD/VPTW (Party issuer): A4, margins top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman
 * 13–14 pt, page numbers centred in the header from page 2; with a header, the issuing body and number
 * top left, the national or Party line and the place–date line top right, "Nơi nhận" and the
 * signature block at the end. Every item is followed by its citation.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  type BriefingHeader,
  type DocumentFormat,
  formatForIssuer,
  numberLine,
  placeDateLine,
} from './document-format.ts';
import { citationText } from './export-markdown.ts';
import type { BriefingExport } from './types.ts';
import { sectionHeading, WORDING } from './wording.ts';

const FONT = 'Times New Roman';
/** Sizes in half-points: 14 pt body and headings, 13 pt citations and notes. */
const BODY = 28;
const SMALL = 26;
/** 15 pt: the Party line `ĐẢNG CỘNG SẢN VIỆT NAM` and a Party document's name (36-HD/VPTW). */
const PARTY_LINE = 30;
/** Recipients: 12 pt in Party documents (and a letter's trích yếu), 11 pt in State ones. */
const LIST_PARTY = 24;
const LIST_STATE = 22;

/** Millimetres to twips, rounded (docx's own helper truncates: 210 mm would lose a twip). */
const mm = (x: number) => Math.round((x * 1440) / 25.4);

/** The page settings of Nghị định 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm (top/bottom/left/right). */
export const ND30_PAGE = {
  size: { width: mm(210), height: mm(297) },
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
} as const;

/** Text from documents without control characters Word rejects (XML 1.0 forbids most below U+0020). */
function clean(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function itemParagraph(n: number, summary: string | null, text: string, label: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { after: 120, line: 288 },
    children: [
      new TextRun({ text: `${n}. ` }),
      ...(summary ? [new TextRun({ text: `${clean(summary)}: `, bold: true })] : []),
      new TextRun({ text: `“${clean(text)}” ` }),
      new TextRun({ text: citationText(clean(label)), italics: true, size: SMALL }),
    ],
  });
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Half-points; default 13 pt. */
  size?: number;
}

const centred = (text: string, run: RunStyle = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0, line: 240 },
    children: [
      new TextRun({
        text: clean(text),
        size: run.size ?? SMALL,
        bold: run.bold,
        italics: run.italics,
        underline: run.underline ? {} : undefined,
      }),
    ],
  });

/**
 * A short solid rule, centred in its column (`share` of the column's width): NĐ 30/2020 draws one under
 * the issuing body and under the trích yếu, a third to a half of the line above.
 */
function rule(columnTwips: number, share = 0.4): Paragraph {
  const side = Math.round((columnTwips * (1 - share)) / 2);
  return new Paragraph({
    spacing: { before: 0, after: 60, line: 120 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 4 })],
  });
}

/** Width of the text area (A4 less the side margins), in twips. */
const TEXT_WIDTH = ND30_PAGE.size.width - ND30_PAGE.margin.left - ND30_PAGE.margin.right;
const HEADER_LEFT_SHARE = 45;

/** Two borderless columns side by side (the header block and the signature block are laid out this way). */
function twoColumns(left: Paragraph[], right: Paragraph[], leftShare = HEADER_LEFT_SHARE): Table {
  const cell = (children: Paragraph[], share: number) =>
    new TableCell({ children, width: { size: share, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, leftShare), cell(right, 100 - leftShare)] })],
  });
}

/** The format the header asks for, by its issuer unless forced. */
const formatOf = (h: BriefingHeader): DocumentFormat => h.format ?? formatForIssuer(h.issuer);

/** `V/v tóm tắt về …`: a letter's trích yếu, under its number. */
const letterSubject = (topic: string) => `V/v tóm tắt về ${topic}`;

/**
 * The header block. Party (36-HD/VPTW): the parent committee (14 pt) and the issuing body (14 pt bold)
 * top left, a star, the number `Số 12-BC/BTGTU` (a letter's `V/v …` under it, 12 pt italic);
 * `ĐẢNG CỘNG SẢN VIỆT NAM` (15 pt bold, underlined the length of the line) top right over the place–date
 * line (14 pt italic). State (NĐ 30/2020): the parent body (13 pt) and the issuing body (13 pt bold) with a
 * short rule under it, `Số: 12/BC-UBND` (13 pt; a letter's `V/v …` under it, 12 pt); the national name
 * (13 pt bold) and the motto (14 pt bold, underlined the length of the line) top right over the place–date
 * line (14 pt italic).
 */
function headerBlock(h: BriefingHeader, isoDate: string, topic: string): Table {
  const format = formatOf(h);
  const letter = h.kind === 'letter';
  const leftWidth = (TEXT_WIDTH * HEADER_LEFT_SHARE) / 100;
  const left =
    format === 'party'
      ? [
          ...(h.parentIssuer ? [centred(h.parentIssuer.toUpperCase(), { size: BODY })] : []),
          centred(h.issuer.toUpperCase(), { bold: true, size: BODY }),
          centred('*', { size: BODY }),
          centred(numberLine('party', h.number, h.abbreviation, h.kind), { size: BODY }),
          ...(letter ? [centred(letterSubject(topic), { italics: true, size: LIST_PARTY })] : []),
        ]
      : [
          ...(h.parentIssuer ? [centred(h.parentIssuer.toUpperCase())] : []),
          centred(h.issuer.toUpperCase(), { bold: true }),
          rule(leftWidth),
          centred(numberLine('state', h.number, h.abbreviation, h.kind)),
          ...(letter ? [centred(letterSubject(topic), { size: LIST_PARTY })] : []),
        ];
  const right =
    format === 'party'
      ? [
          centred('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: PARTY_LINE }),
          centred('', { size: BODY }),
          centred(placeDateLine(h.place, isoDate), { italics: true, size: BODY }),
        ]
      : [
          centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
          centred('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true, size: BODY }),
          centred('', { size: BODY }),
          centred(placeDateLine(h.place, isoDate), { italics: true, size: BODY }),
        ];
  return twoColumns(left, right);
}

/**
 * The document's name and trích yếu under the header. A report: `BÁO CÁO` (Party 15 pt, State 14 pt, bold)
 * over its subject (14 pt bold), then five hyphens (Party) or a short rule (State). A letter has no name;
 * its trích yếu stands under the number, and `Kính gửi:` opens it.
 */
function titleBlock(h: BriefingHeader, topic: string): Paragraph[] {
  const format = formatOf(h);
  if (h.kind === 'letter') {
    const to = (h.addressees ?? []).map((a) => a.trim()).filter(Boolean);
    const line = (text: string) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text: clean(text), size: BODY })],
      });
    if (to.length <= 1)
      return [new Paragraph({ spacing: { before: 360 } }), line(`Kính gửi: ${to[0] ?? '…'}`), new Paragraph({})];
    return [
      new Paragraph({ spacing: { before: 360 } }),
      line('Kính gửi:'),
      ...to.map((a, i) => line(`- ${a}${i === to.length - 1 ? '.' : ';'}`)),
      new Paragraph({}),
    ];
  }
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360 },
      children: [new TextRun({ text: 'BÁO CÁO', bold: true, size: format === 'party' ? PARTY_LINE : BODY })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 0 },
      children: [new TextRun({ text: clean(`tóm tắt về ${topic}`), bold: true, size: BODY })],
    }),
    format === 'party' ? centred('-----', { size: BODY }) : rule(TEXT_WIDTH, 0.2),
    new Paragraph({ spacing: { after: 120 } }),
  ];
}

/**
 * "Nơi nhận" on the left, the signature block (capacity, title, space to sign, name) on the right.
 * Party: `Nơi nhận:` 14 pt underlined, recipients 12 pt, `- Lưu Văn phòng.`; State: `Nơi nhận:` 12 pt bold
 * italic, recipients 11 pt, each ending `;`, the last `- Lưu: VT.`.
 */
function closingBlock(h: BriefingHeader): Table {
  const format = formatOf(h);
  const party = format === 'party';
  const left = new Paragraph({
    spacing: { after: 0 },
    children: [
      new TextRun({
        text: 'Nơi nhận:',
        bold: !party,
        italics: !party,
        underline: party ? {} : undefined,
        size: party ? BODY : LIST_PARTY,
      }),
    ],
  });
  const named = (h.recipients ?? []).map((r) => clean(r).replace(/[;.,]+$/, '')).filter(Boolean);
  const lines = [...named.map((r) => `- ${r};`), party ? '- Lưu Văn phòng.' : '- Lưu: VT.'];
  const recipients = lines.map(
    (r) =>
      new Paragraph({
        spacing: { after: 0 },
        children: [new TextRun({ text: r, size: party ? LIST_PARTY : LIST_STATE })],
      }),
  );
  const capacity = h.signerCapacity?.trim() || (party ? 'T/M BAN THƯỜNG VỤ' : 'TM. ỦY BAN NHÂN DÂN');
  const right = [
    centred(capacity.toUpperCase(), { bold: true, size: BODY }),
    ...(h.signerTitle ? [centred(h.signerTitle.toUpperCase(), { bold: true, size: BODY })] : []),
    centred('', { size: BODY }),
    centred('', { size: BODY }),
    centred('', { size: BODY }),
    centred(h.signerName ?? '', { bold: true, size: BODY }),
  ];
  return twoColumns([left, ...recipients], right, 50);
}

/** Builds the DOCX bytes of the briefing. */
export async function toDocx(briefing: BriefingExport): Promise<Uint8Array<ArrayBuffer>> {
  const lang = briefing.lang ?? 'vi';
  const w = WORDING[lang];
  const sections = briefing.sections.filter((s) => s.items.length > 0);
  const isoDate = briefing.date ?? new Date().toISOString();
  const h = briefing.header?.issuer?.trim() ? briefing.header : undefined;
  const children: Array<Paragraph | Table> = h
    ? [headerBlock(h, isoDate, briefing.topic), ...titleBlock(h, briefing.topic)]
    : [];
  children.push(
    ...(h
      ? []
      : [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: clean(w.title(briefing.topic)), bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: w.date(briefing.date ?? new Date().toISOString()), italics: true })],
          }),
        ]),
    ...(briefing.intro?.trim()
      ? briefing.intro
          .split(/\n\s*\n/)
          .map(clean)
          .filter(Boolean)
          .map(
            (para) =>
              new Paragraph({
                alignment: AlignmentType.JUSTIFIED,
                indent: { firstLine: mm(10) },
                spacing: { after: 120 },
                children: [new TextRun({ text: para })],
              }),
          )
      : []),
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { after: 240 },
      children: [new TextRun({ text: w.note, italics: true, size: SMALL })],
    }),
  );
  sections.forEach((section, si) => {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(sectionHeading(lang, section.id, si))] }),
    );
    section.items.forEach((item, i) => {
      children.push(itemParagraph(i + 1, item.summary, item.text, item.citation.label));
    });
  });
  if (sections.length === 0) children.push(new Paragraph({ children: [new TextRun(w.empty)] }));
  if (briefing.excluded?.length) {
    const list = briefing.excluded.map(w.excludedSource).join('; ');
    children.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 240 },
        children: [new TextRun({ text: clean(w.excluded(list)), italics: true, size: SMALL })],
      }),
    );
  }
  if (h) children.push(new Paragraph({ spacing: { before: 240 } }), closingBlock(h));

  const heading = (id: string, name: string, size: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 } },
  });
  const doc = new Document({
    creator: 'vankien',
    title: w.title(briefing.topic),
    description: w.note,
    styles: {
      default: { document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { line: 288 } } } },
      paragraphStyles: [heading('Title', 'Title', BODY), heading('Heading1', 'Heading 1', BODY)],
    },
    sections: [
      {
        properties: { page: ND30_PAGE, titlePage: true },
        headers: {
          // Page numbers centred in the top margin, not on the first page.
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
