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
import { type BriefingHeader, formatForIssuer, numberLine, placeDateLine } from './document-format.ts';
import { citationText } from './export-markdown.ts';
import type { BriefingExport } from './types.ts';
import { sectionHeading, WORDING } from './wording.ts';

const FONT = 'Times New Roman';
/** Sizes in half-points: 14 pt body and headings, 13 pt citations and notes. */
const BODY = 28;
const SMALL = 26;

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

const centred = (text: string, run: { bold?: boolean; italics?: boolean; underline?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0, line: 240 },
    children: [
      new TextRun({
        text: clean(text),
        size: SMALL,
        bold: run.bold,
        italics: run.italics,
        underline: run.underline ? {} : undefined,
      }),
    ],
  });

/** Two borderless columns side by side (the header block and the signature block are laid out this way). */
function twoColumns(left: Paragraph[], right: Paragraph[], leftShare = 45): Table {
  const cell = (children: Paragraph[], share: number) =>
    new TableCell({ children, width: { size: share, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, leftShare), cell(right, 100 - leftShare)] })],
  });
}

/**
 * The header block. Party (36-HD/VPTW): the parent committee and the issuing body top left, a star, the
 * number `Số 12-BC/BTGTU`; `ĐẢNG CỘNG SẢN VIỆT NAM` underlined top right over the place–date line in
 * italics. State (NĐ 30/2020): the issuing body and `Số: 12/BC-UBND` top left; the national name and
 * motto `Độc lập - Tự do - Hạnh phúc` top right over the place–date line.
 */
function headerBlock(h: BriefingHeader, isoDate: string): Table {
  const format = h.format ?? formatForIssuer(h.issuer);
  const left =
    format === 'party'
      ? [
          ...(h.parentIssuer ? [centred(h.parentIssuer.toUpperCase())] : []),
          centred(h.issuer.toUpperCase(), { bold: true }),
          centred('*'),
          centred(numberLine('party', h.number, h.abbreviation)),
        ]
      : [
          ...(h.parentIssuer ? [centred(h.parentIssuer.toUpperCase())] : []),
          centred(h.issuer.toUpperCase(), { bold: true }),
          centred(numberLine('state', h.number, h.abbreviation)),
        ];
  const right =
    format === 'party'
      ? [
          centred('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true }),
          centred(''),
          centred(placeDateLine(h.place, isoDate), { italics: true }),
        ]
      : [
          centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
          centred('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true }),
          centred(''),
          centred(placeDateLine(h.place, isoDate), { italics: true }),
        ];
  return twoColumns(left, right);
}

/** "Nơi nhận" on the left, the signature block (capacity, title, space to sign, name) on the right. */
function closingBlock(h: BriefingHeader): Table {
  const format = h.format ?? formatForIssuer(h.issuer);
  const left = new Paragraph({
    spacing: { after: 0 },
    children: [
      new TextRun({
        text: 'Nơi nhận:',
        bold: true,
        italics: format === 'state',
        underline: format === 'party' ? {} : undefined,
        size: SMALL,
      }),
    ],
  });
  const recipients = [...(h.recipients ?? []).filter((r) => r.trim()), 'Lưu Văn phòng.'].map(
    (r) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: `- ${clean(r)}`, size: SMALL })] }),
  );
  const capacity = h.signerCapacity?.trim() || (format === 'party' ? 'T/M BAN THƯỜNG VỤ' : 'TM. ỦY BAN NHÂN DÂN');
  const right = [
    centred(capacity.toUpperCase(), { bold: true }),
    ...(h.signerTitle ? [centred(h.signerTitle.toUpperCase(), { bold: true })] : []),
    centred(''),
    centred(''),
    centred(''),
    centred(h.signerName ?? '', { bold: true }),
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
    ? [
        headerBlock(h, isoDate),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 360 },
          children: [new TextRun({ text: 'BÁO CÁO', bold: true })],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [new TextRun({ text: clean(`tóm tắt về ${briefing.topic}`), bold: true })],
        }),
      ]
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
