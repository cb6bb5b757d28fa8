/** @module lineage/lineage.test — resolution, promotion and up/down queries over a real store, on every engine. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../ingest/references/index.ts';
import { buildClauseTree } from '../ingest/structure/clause-tree.ts';
import { deleteDocument, saveDocument } from '../core/store/documents-repo.ts';
import type { Db } from '../core/store/db.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { metadataOf } from '../core/test-metadata.ts';
import { cleanText } from '../core/text/clean.ts';
import { matchForm } from '../core/text/vietnamese.ts';
import type { DocumentMetadata, ParsedDocument } from '../core/types.ts';
import { applyResolution } from '../ingest/references/index.ts';
import { lineage } from './lineage.ts';

/** A parsed document from clean paragraphs, references extracted by the real pipeline. */
function parsed(id: string, lines: string[], meta: Partial<DocumentMetadata>): ParsedDocument {
  const text = lines.join('\n');
  const metadata = metadataOf(meta);
  const clauses = buildClauseTree({ documentId: id, cleanText: text, documentLabel: meta.symbol ?? id });
  const references = extractReferences({ documentId: id, cleanText: text, clauses, metadata });
  return {
    id,
    sourceName: `${id}.txt`,
    contentHash: `hash-${id}`,
    rawText: text,
    cleanText: text,
    metadata,
    metadataSources: {},
    clauses,
    references,
    responsibilities: [],
    targets: [],
  };
}

async function save(db: Db, doc: ParsedDocument): Promise<void> {
  await saveDocument(db, doc, { normTexts: new Map(doc.clauses.map((c) => [c.id, matchForm(c.text)])) });
}

const LETTER_A = parsed(
  'letter-a',
  [
    'THÀNH ỦY CẦN THƠ',
    'Số 100-CV/TU',
    'Về việc triển khai thực hiện Kết luận số 81-KL/TW ngày 04/6/2024',
    '1- Các cấp ủy thực hiện tốt Chương trình số 27-CTr/TU ngày 31/12/2021 của Thành ủy “Bảo vệ môi trường Cần Thơ xanh và sạch”.',
  ],
  { type: 'CV', symbol: '100-CV/TU', number: '100', issuer: 'Thành ủy Cần Thơ', place: 'Cần Thơ', date: '2024-07-09' },
);

const LETTER_B = parsed(
  'letter-b',
  [
    'TỈNH ỦY SÓC TRĂNG',
    'Số 200-CV/TU',
    'Về việc quán triệt Kết luận số 81-KL/TW của Bộ Chính trị',
    '1. Tuyên truyền Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương.',
  ],
  {
    type: 'CV',
    symbol: '200-CV/TU',
    number: '200',
    issuer: 'Tỉnh ủy Sóc Trăng',
    place: 'Sóc Trăng',
    date: '2024-08-01',
  },
);

/** The programme the letter cites by a number its own header lost. */
const PROGRAMME = parsed(
  'programme',
  ['CHƯƠNG TRÌNH', 'bảo vệ môi trường Cần Thơ xanh và sạch', '1. Các cấp ủy thực hiện tốt các nhiệm vụ.'],
  {
    type: 'CTr',
    issuer: 'Ban Chấp hành Đảng bộ thành phố',
    place: 'Cần Thơ',
    date: '2021-12-31',
    title: 'bảo vệ môi trường Cần Thơ xanh và sạch',
  },
);

/** The conclusion both letters cite, ingested later. */
const KL_81 = parsed(
  'kl-81',
  [
    'BỘ CHÍNH TRỊ',
    'Số 81-KL/TW',
    'KẾT LUẬN',
    'về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI',
    '1. Tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu.',
  ],
  {
    type: 'KL',
    symbol: '81-KL/TW',
    number: '81',
    issuer: 'Bộ Chính trị',
    place: 'Hà Nội',
    date: '2024-06-04',
    title: 'về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI',
  },
);

/** A letter from another province citing its own 27-CTr/TU. */
const LETTER_D = parsed(
  'letter-d',
  [
    'TỈNH ỦY BÌNH PHƯỚC',
    'Số 300-CV/TU',
    'Về việc thực hiện Chương trình số 27-CTr/TU của Tỉnh ủy',
    '1. Các cấp ủy thực hiện tốt.',
  ],
  {
    type: 'CV',
    symbol: '300-CV/TU',
    number: '300',
    issuer: 'Tỉnh ủy Bình Phước',
    place: 'Đồng Xoài',
    date: '2022-03-01',
  },
);

const edgeRows = (edges: Array<{ from: string; to: string; relation: string; basis: boolean }>) =>
  edges.map((e) => [e.from, e.to, e.relation, e.basis]);

describe.each(engines)('lineage on $name', (engine) => {
  const db = useEngine(engine);

  it('merges what two documents say of one external node, and infers a lost symbol', async () => {
    for (const doc of [LETTER_A, LETTER_B, PROGRAMME]) await save(db(), doc);
    const result = await applyResolution(db());
    expect(result.inferred).toEqual([{ documentId: 'programme', symbol: '27-CTr/TU' }]);

    const [node] = await db().query('select * from doc_nodes where key = $1', ['81-KL/TW']);
    expect(node).toMatchObject({
      symbol: '81-KL/TW',
      type: 'KL',
      date: '2024-06-04',
      issuer: 'Bộ Chính trị',
      document_id: null,
    });
    const [programme] = await db().query('select symbol, number, symbol_inferred from documents where id = $1', [
      'programme',
    ]);
    expect(programme).toEqual({ symbol: '27-CTr/TU', number: '27', symbol_inferred: true });
    const [cited] = await db().query('select document_id from doc_nodes where key = $1', ['27-CTr/TU@can-tho']);
    expect(cited).toEqual({ document_id: 'programme' });
  });

  it('down from an external node: the documents that cite it', async () => {
    const graph = await lineage(db(), '81-KL/TW', { direction: 'down', depth: 1 });
    expect(graph?.start).toEqual(['81-KL/TW']);
    expect(edgeRows(graph!.edges)).toEqual([
      ['doc:letter-a', '81-KL/TW', 'implements', true],
      ['doc:letter-b', '81-KL/TW', 'implements', true],
    ]);
    expect(graph!.nodes.find((n) => n.key === '81-KL/TW')).toEqual({
      key: '81-KL/TW',
      documentId: null,
      symbol: '81-KL/TW',
      type: 'KL',
      issuer: 'Bộ Chính trị',
      date: '2024-06-04',
      title: null,
      inCorpus: false,
    });
  });

  it('up from a document: what it cites, the inferred programme in the corpus', async () => {
    const graph = await lineage(db(), 'letter-a', { direction: 'up', depth: 3 });
    expect(graph?.start).toEqual(['doc:letter-a']);
    expect(edgeRows(graph!.edges)).toEqual([
      ['doc:letter-a', '81-KL/TW', 'implements', true],
      ['doc:letter-a', 'doc:programme', 'implements', false],
    ]);
    // The edge quotes the sentence that cites, not the bare mention (issue 16).
    expect(graph!.edges[1]).toMatchObject({
      clauseId: 'letter-a~1',
      mention: 'Chương trình số 27-CTr/TU',
      quote:
        '1- Các cấp ủy thực hiện tốt Chương trình số 27-CTr/TU ngày 31/12/2021 của Thành ủy “Bảo vệ môi trường Cần Thơ xanh và sạch”.',
    });
    expect(graph!.nodes.find((n) => n.key === 'doc:programme')).toMatchObject({ symbol: '27-CTr/TU', inCorpus: true });
  });

  it('starts from a symbol, printed or inferred', async () => {
    expect((await lineage(db(), '27-CTr/TU', { direction: 'down', depth: 1 }))?.start).toEqual(['doc:programme']);
    expect((await lineage(db(), '100-CV/TU', { direction: 'up', depth: 1 }))?.start).toEqual(['doc:letter-a']);
    expect((await lineage(db(), 'kl 81', { direction: 'down', depth: 1 }))?.start).toEqual(['81-KL/TW']);
    expect(await lineage(db(), '999-NQ/TW', { direction: 'both', depth: 1 })).toBeNull();
    expect((await lineage(db(), 'letter-a', { direction: 'up', depth: 0 }))?.edges).toEqual([]);
  });

  it('promotes the external node when the cited document arrives', async () => {
    await save(db(), KL_81);
    await applyResolution(db());
    const [node] = await db().query('select document_id from doc_nodes where key = $1', ['81-KL/TW']);
    expect(node).toEqual({ document_id: 'kl-81' });

    const down = await lineage(db(), 'kl-81', { direction: 'down', depth: 1 });
    expect(edgeRows(down!.edges)).toEqual([
      ['doc:letter-a', 'doc:kl-81', 'implements', true],
      ['doc:letter-b', 'doc:kl-81', 'implements', true],
    ]);
    const oneUp = await lineage(db(), 'letter-a', { direction: 'up', depth: 1 });
    expect(oneUp!.nodes.map((n) => [n.key, n.inCorpus])).toEqual([
      ['doc:letter-a', true],
      ['doc:kl-81', true],
      ['doc:programme', true],
    ]);
    // Through the conclusion, one level further up: the resolution it continues.
    const twoUp = await lineage(db(), 'letter-a', { direction: 'up', depth: 2 });
    expect(edgeRows(twoUp!.edges)).toContainEqual(['doc:kl-81', '24-NQ/TW', 'continues', false]);
  });

  it('down through the corpus, and both ways', async () => {
    const down = await lineage(db(), '24-NQ/TW', { direction: 'down', depth: 2 });
    expect(edgeRows(down!.edges)).toEqual([
      ['doc:letter-b', '24-NQ/TW', 'cites', false],
      // Its title line (“về tiếp tục thực hiện ...”) and its item 1.
      ['doc:kl-81', '24-NQ/TW', 'continues', true],
      ['doc:kl-81', '24-NQ/TW', 'continues', false],
      ['doc:letter-a', 'doc:kl-81', 'implements', true],
      ['doc:letter-b', 'doc:kl-81', 'implements', true],
    ]);
    const both = await lineage(db(), 'kl-81', { direction: 'both', depth: 1 });
    expect(edgeRows(both!.edges)).toEqual([
      ['doc:kl-81', '24-NQ/TW', 'continues', true],
      ['doc:kl-81', '24-NQ/TW', 'continues', false],
      ['doc:letter-a', 'doc:kl-81', 'implements', true],
      ['doc:letter-b', 'doc:kl-81', 'implements', true],
    ]);
  });

  it("unlinks another province's symbol the store linked by symbol alone", async () => {
    await save(db(), LETTER_D);
    await applyResolution(db());
    const [node] = await db().query('select document_id from doc_nodes where key = $1', ['27-CTr/TU@binh-phuoc']);
    expect(node).toEqual({ document_id: null });
    const down = await lineage(db(), 'programme', { direction: 'down', depth: 1 });
    expect(down!.edges.map((e) => e.from)).toEqual(['doc:letter-a']);
  });

  it('drops an inferred symbol when the citations that gave it are gone', async () => {
    await deleteDocument(db(), 'letter-a');
    await applyResolution(db());
    const [programme] = await db().query('select symbol, symbol_inferred from documents where id = $1', ['programme']);
    expect(programme).toEqual({ symbol: null, symbol_inferred: false });
  });

  it('down from a technical standard, however its sign is spaced: the permits that apply it', async () => {
    // A blasting permit of the archive (dev split), its condition citing the national regulation.
    const permit = parsed(
      'permit',
      [
        'GIẤY PHÉP',
        '3. Điều kiện khác: khoảng cách an toàn đối với người ≥ 300m, đối với công trình, thiết bị ≥ 200m theo Quy chuẩn QCVN 01:2019/BCT của Bộ Công Thương.',
      ],
      { type: 'GP', symbol: '06/GP-SCT', number: '06', issuer: 'Sở Công Thương', place: 'Lào Cai', date: '2026-05-04' },
    );
    await save(db(), permit);
    await applyResolution(db());
    const graph = await lineage(db(), 'QCVN 01: 2019/BCT', { direction: 'down', depth: 1 });
    expect(graph?.start).toEqual(['QCVN 01:2019/BCT']);
    expect(edgeRows(graph!.edges)).toEqual([['doc:permit', 'QCVN 01:2019/BCT', 'cites', false]]);
    expect(graph!.nodes.find((n) => n.key === 'QCVN 01:2019/BCT')).toMatchObject({
      type: 'QCVN',
      issuer: 'Bộ Công Thương',
      inCorpus: false,
    });
  });
});

describe('lineage over the corpus', () => {
  const db = useEngine(engines[0]);
  const SEEDS: Record<string, Partial<DocumentMetadata>> = {
    'binh-phuoc-cong-van-2016-ket-luan-02': {
      type: 'CV',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      place: 'Đồng Xoài',
      date: '2016-06-13',
    },
    'can-tho-chi-thi-bao-ve-moi-truong': { type: 'CT', issuer: 'Ban Thường vụ Thành ủy' },
    'can-tho-chuong-trinh-2021-xanh-va-sach': {
      type: 'CTr',
      issuer: 'Ban Chấp hành Đảng bộ thành phố',
      place: 'Cần Thơ',
      date: '2021-12-31',
      title:
        'bảo vệ môi trường “Cần Thơ xanh và sạch”; phòng, chống ô nhiễm môi trường và ngập nghẹt thành phố giai đoạn 2022 - 2025',
    },
    'can-tho-cong-van-2024-ket-luan-81': {
      type: 'CV',
      symbol: '1032-CV/TU',
      number: '1032',
      issuer: 'Thành ủy Cần Thơ',
      place: 'Cần Thơ',
      date: '2024-07-09',
    },
    'soc-trang-nghi-quyet-2017-bao-ve-moi-truong': {
      type: 'NQ',
      symbol: '12-NQ/TU',
      number: '12',
      issuer: 'Tỉnh ủy Sóc Trăng',
      place: 'Sóc Trăng',
      date: '2017-03-15',
    },
  };

  it('the 2024 letter leads up to the programme, and the programme up to its basis', async () => {
    for (const [id, meta] of Object.entries(SEEDS)) {
      const raw = readFileSync(fileURLToPath(new URL(`../corpus/${id}.txt`, import.meta.url)), 'utf8');
      await save(db(), parsed(id, cleanText(raw).clean.text.split('\n'), meta));
    }
    const { inferred } = await applyResolution(db());
    expect(inferred).toEqual([{ documentId: 'can-tho-chuong-trinh-2021-xanh-va-sach', symbol: '27-CTr/TU' }]);

    const graph = await lineage(db(), '1032-CV/TU', { direction: 'up', depth: 2 });
    const programme = 'doc:can-tho-chuong-trinh-2021-xanh-va-sach';
    expect(graph!.edges.filter((e) => e.from === programme).map((e) => [e.to, e.relation, e.basis])).toEqual([
      ['59-NQ/TW', 'implements', true],
      ['NQ-DH:thanh-pho-can-tho:XIV', 'implements', true],
      ['524/QĐ-TTg', 'implements', false],
      ['120/NQ-CP', 'implements', false],
    ]);
    expect(graph!.edges.some((e) => e.from === 'doc:can-tho-cong-van-2024-ket-luan-81' && e.to === programme)).toBe(
      true,
    );

    // 24-NQ/TW: cited by number in one province, by its plenum name in another.
    const cited = await lineage(db(), '24-NQ/TW', { direction: 'down', depth: 1 });
    expect([...new Set(cited!.edges.map((e) => e.from))].sort()).toEqual([
      'doc:binh-phuoc-cong-van-2016-ket-luan-02',
      'doc:can-tho-cong-van-2024-ket-luan-81',
    ]);
  });
});
