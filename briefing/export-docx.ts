/**
 * @module briefing/export-docx
 * A briefing as a Word document laid out per Nghị định 30/2020/NĐ-CP: A4, margins top and bottom 20 mm,
 * left 30 mm, right 15 mm, Times New Roman 14 pt body, page numbers centred in the header from page 2;
 * every item followed by its citation.
 */
import { AlignmentType, Document, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
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

/** Builds the DOCX bytes of the briefing. */
export async function toDocx(briefing: BriefingExport): Promise<Uint8Array<ArrayBuffer>> {
  const lang = briefing.lang ?? 'vi';
  const w = WORDING[lang];
  const sections = briefing.sections.filter((s) => s.items.length > 0);
  const children: Paragraph[] = [
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
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { after: 240 },
      children: [new TextRun({ text: w.note, italics: true, size: SMALL })],
    }),
  ];
  sections.forEach((section, si) => {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(sectionHeading(lang, section.id, si))] }),
    );
    section.items.forEach((item, i) => {
      children.push(itemParagraph(i + 1, item.summary, item.text, item.citation.label));
    });
  });
  if (sections.length === 0) children.push(new Paragraph({ children: [new TextRun(w.empty)] }));

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
