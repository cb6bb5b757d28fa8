/** @module search/test-fixtures — four small hand-written Vietnamese documents (clauses, facts) for search tests. */

import type { Db } from '../core/store/db.ts';
import { saveDocument } from '../core/store/documents-repo.ts';
import { matchForm } from '../core/text/vietnamese.ts';
import { metadataOf } from '../core/test-metadata.ts';
import type {
  ClauseKind,
  DocumentMetadata,
  ParsedDocument,
  Responsibility,
  ResponsibilityRole,
  Target,
} from '../core/types.ts';
import { buildSegment } from './lexical-index/segment.ts';

interface ClauseSpec {
  anchor: string;
  parent?: string;
  kind?: ClauseKind;
  text: string;
}

interface FactSpec {
  lead?: Array<{ anchor: string; body: string; role?: ResponsibilityRole; inheritedFrom?: string }>;
  targets?: Array<{ anchor: string; indicator: string; value: number; valueText: string }>;
}

/** A parsed document whose clean text is its clauses joined by newlines, spans exact. */
export function makeDoc(
  id: string,
  meta: Partial<DocumentMetadata>,
  specs: ClauseSpec[],
  facts: FactSpec = {},
): ParsedDocument {
  const cleanText = specs.map((s) => s.text).join('\n');
  let offset = 0;
  const clauses = specs.map((s, i) => {
    const parent = s.parent ? `${id}~${s.parent}` : null;
    const siblings = specs.slice(0, i).filter((o) => o.parent === s.parent);
    const clause = {
      id: `${id}~${s.anchor}`,
      documentId: id,
      parentId: parent,
      kind: s.kind ?? (s.parent ? 'subitem' : 'item'),
      marker: s.anchor,
      anchor: s.anchor,
      path: s.parent ? [s.parent, s.anchor] : [s.anchor],
      ordinal: siblings.length,
      depth: s.parent ? 1 : 0,
      label: `${meta.symbol ?? id}, mục ${s.anchor}`,
      heading: null,
      text: s.text,
      span: { start: offset, end: offset + s.text.length },
    };
    offset += s.text.length + 1;
    return clause;
  });
  const clauseOf = (anchor: string) => {
    const c = clauses.find((x) => x.anchor === anchor);
    if (!c) throw new Error(`fixture ${id}: no clause ${anchor}`);
    return c;
  };
  const spanOf = (anchor: string, words: string) => {
    const c = clauseOf(anchor);
    const at = c.text.indexOf(words);
    if (at < 0) throw new Error(`fixture ${id}: "${words}" not in ${anchor}`);
    return { start: c.span.start + at, end: c.span.start + at + words.length };
  };
  const responsibilities: Responsibility[] = (facts.lead ?? []).map((f) => {
    const source = f.inheritedFrom ?? f.anchor;
    return {
      clauseId: clauseOf(f.anchor).id,
      role: f.role ?? 'lead',
      body: { name: f.body, level: 'province', place: meta.place ?? null },
      bodyText: f.body,
      inherited: f.inheritedFrom !== undefined,
      sourceClauseId: clauseOf(source).id,
      span: spanOf(source, f.body),
    };
  });
  const targets: Target[] = (facts.targets ?? []).map((t) => ({
    clauseId: clauseOf(t.anchor).id,
    indicator: t.indicator,
    value: t.value,
    valueText: t.valueText,
    unit: '%',
    comparator: 'reach',
    deadline: null,
    period: null,
    scope: null,
    place: meta.place ?? null,
    span: spanOf(t.anchor, t.valueText),
  }));
  return {
    id,
    sourceName: `${id}.txt`,
    contentHash: `sha256-${id}`,
    rawText: cleanText,
    cleanText,
    metadata: metadataOf(meta),
    metadataSources: {},
    clauses,
    references: [],
    responsibilities,
    targets,
  };
}

/** The four documents: a Cần Thơ letter on 81-KL/TW, a Bình Phước letter on 02-KL/TW, a Cần Thơ programme, a Sóc Trăng resolution. */
export const SEARCH_DOCS: ParsedDocument[] = [
  makeDoc(
    'ct-1032',
    {
      type: 'CV',
      symbol: '1032-CV/TU',
      number: '1032',
      issuer: 'Thành ủy Cần Thơ',
      place: 'Cần Thơ',
      date: '2024-07-09',
    },
    [
      {
        anchor: 'preamble',
        kind: 'preamble',
        text: 'THÀNH ỦY CẦN THƠ. Công văn số 1032-CV/TU về quán triệt, triển khai thực hiện Kết luận số 81-KL/TW của Bộ Chính trị.',
      },
      {
        anchor: '1',
        text: '1. Ban Tuyên giáo Thành ủy chủ trì, phối hợp chặt chẽ với các đơn vị liên quan hướng dẫn tuyên truyền, quán triệt Kết luận số 81-KL/TW.',
      },
      { anchor: '3', text: '3. Ban cán sự đảng Ủy ban nhân dân thành phố chủ trì, lãnh đạo, chỉ đạo:' },
      {
        anchor: '3.1',
        parent: '3',
        text: '3.1. Tập trung nguồn lực giải quyết các vấn đề môi trường cấp bách, đặc biệt là xử lý nước thải tại các đô thị, cụm công nghiệp.',
      },
      {
        anchor: '3.4',
        parent: '3',
        text: '3.4. Tăng cường kiểm soát hoạt động khai thác khoáng sản, đặc biệt là khai thác cát trên sông Hậu đoạn chảy qua thành phố Cần Thơ.',
      },
      { anchor: '4', text: '4. Ban Tuyên giáo Thành ủy định kỳ báo cáo Ban Thường vụ Thành ủy kết quả thực hiện.' },
    ],
    {
      lead: [
        { anchor: '1', body: 'Ban Tuyên giáo Thành ủy' },
        { anchor: '3', body: 'Ban cán sự đảng Ủy ban nhân dân thành phố' },
        { anchor: '3.1', body: 'Ban cán sự đảng Ủy ban nhân dân thành phố', inheritedFrom: '3' },
        { anchor: '3.4', body: 'Ban cán sự đảng Ủy ban nhân dân thành phố', inheritedFrom: '3' },
        { anchor: '4', body: 'Ban Thường vụ Thành ủy', role: 'report' },
      ],
    },
  ),
  makeDoc(
    'bp-2016',
    {
      type: 'CV',
      symbol: '2449-CV/TU',
      number: '2449',
      issuer: 'Tỉnh ủy Bình Phước',
      place: 'Đồng Xoài',
      date: '2016-06-13',
    },
    [
      {
        anchor: 'preamble',
        kind: 'preamble',
        text: 'Ban Thường vụ Tỉnh uỷ triển khai thực hiện Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư về bảo vệ và phát triển rừng.',
      },
      { anchor: '1', text: '1. Đến năm 2020, tỷ lệ che phủ rừng và cây lâu năm đạt 74,8%.' },
      {
        anchor: '2',
        text: '2. Giao Ban Tuyên giáo Tỉnh uỷ chủ trì, phối hợp với Ban Cán sự Đảng UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện.',
      },
    ],
    {
      lead: [{ anchor: '2', body: 'Ban Tuyên giáo Tỉnh uỷ' }],
      targets: [{ anchor: '1', indicator: 'tỷ lệ che phủ rừng và cây lâu năm', value: 74.8, valueText: '74,8' }],
    },
  ),
  makeDoc(
    'ct-xanh',
    {
      type: 'CTr',
      symbol: '27-CTr/TU',
      number: '27',
      issuer: 'Thành ủy Cần Thơ',
      place: 'Cần Thơ',
      date: '2021-12-31',
    },
    [
      { anchor: '1', text: '1. Đến năm 2025, tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị đạt 100%.' },
      { anchor: '2', text: '2. Tỷ lệ thu gom và xử lý nước thải sinh hoạt đến năm 2025 đạt 75%.' },
      { anchor: '3', text: '3. Khu vực đô thị trung tâm cơ bản không bị ngập vào mùa mưa lũ.' },
      { anchor: '4', text: '4. Cắt giảm thủ tục hành chính; cắt băng khánh thành công trình xử lý rác.' },
    ],
    {
      targets: [
        {
          anchor: '1',
          indicator: 'tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị',
          value: 100,
          valueText: '100',
        },
        { anchor: '2', indicator: 'tỷ lệ thu gom và xử lý nước thải sinh hoạt', value: 75, valueText: '75' },
      ],
    },
  ),
  makeDoc(
    'st-2017',
    {
      type: 'NQ',
      symbol: '12-NQ/TU',
      number: '12',
      issuer: 'Tỉnh ủy Sóc Trăng',
      place: 'Sóc Trăng',
      date: '2017-03-15',
    },
    [
      { anchor: '1', text: '1. Quán triệt nguyên tắc người gây ô nhiễm môi trường phải trả chi phí xử lý, khắc phục.' },
      {
        anchor: '2',
        text: '2. Đến năm 2020, 100% dân cư thành thị, 98% dân cư nông thôn được sử dụng nước sinh hoạt hợp vệ sinh.',
      },
    ],
    { targets: [{ anchor: '2', indicator: 'dân cư nông thôn sử dụng nước hợp vệ sinh', value: 98, valueText: '98' }] },
  ),
];

/** Saves the fixture documents with their lexical segments. */
export async function saveSearchDocs(db: Db, docs: readonly ParsedDocument[] = SEARCH_DOCS): Promise<void> {
  for (const doc of docs) {
    await saveDocument(db, doc, {
      normTexts: new Map(doc.clauses.map((c) => [c.id, matchForm(c.text)])),
      lexicon: buildSegment(doc.clauses),
    });
  }
}
