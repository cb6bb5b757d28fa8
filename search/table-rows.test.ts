/**
 * @module search/table-rows.test — the cluster table of a provincial office's report on industrial clusters (archive,
 * Lào Cai 2026, rows as the DOCX reader writes them) beside its prose on budgets: a question on the budget for the
 * clusters' infrastructure matches every row, and the table takes one slot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { search } from './hybrid-search.ts';
import { oneRowPerTable } from './table-rows.ts';
import { makeDoc, saveSearchDocs } from './test-fixtures.ts';

const ROWS = [
  '| 2 | CCN Âu Lâu; Vị trí: phường Âu Lâu. Diện tích 50 ha. Quản lý: UBND phường Âu Lâu. | Ưu tiên ngân sách đầu tư hạ tầng cụm công nghiệp cho phường |',
  '| 3 | CCN Báo Đáp; Vị trí: xã Trấn Yên. Diện tích 20 ha. Quản lý: UBND xã Trấn Yên. | Ưu tiên ngân sách đầu tư hạ tầng cụm công nghiệp cho xã |',
  '| 4 | CCN Hưng Khánh; Vị trí: xã Hưng Khánh. Diện tích 20 ha. Quản lý: UBND xã Hưng Khánh. | Ưu tiên ngân sách đầu tư hạ tầng cụm công nghiệp cho xã |',
];
const PROSE =
  '1. Ưu tiên bố trí ngân sách hằng năm cho các xã, phường đầu tư hoàn thiện hạ tầng các cụm công nghiệp hiện hữu, nhất là hệ thống xử lý nước thải tập trung.';
const REPORT = makeDoc('bao-cao-ccn', { type: 'BC', issuer: 'Văn phòng', title: 'Báo cáo tình hình cụm công nghiệp' }, [
  { anchor: '1', text: PROSE },
  ...ROWS.map((text, i) => ({ anchor: `7.${i + 2}`, text })),
]);

describe('oneRowPerTable', () => {
  it("keeps a document's best row in place and moves its further rows behind the other items", () => {
    const items = [ROWS[0], ROWS[1], PROSE, ROWS[2]].map((text) => ({ text, documentId: 'bao-cao-ccn' }));
    expect(oneRowPerTable(items, (x) => x.documentId).map((x) => x.text)).toEqual([ROWS[0], PROSE, ROWS[1], ROWS[2]]);
  });

  it("leaves another document's first row in place", () => {
    const items = [
      { text: ROWS[0], documentId: 'a' },
      { text: ROWS[1], documentId: 'b' },
    ];
    expect(oneRowPerTable(items, (x) => x.documentId)).toEqual(items);
  });
});

describe('search over a report with a table', () => {
  const db = useEngine(engines[0]);
  beforeAll(async () => {
    await saveSearchDocs(db(), [REPORT]);
  }, 60_000);

  it('gives the table one of the first slots and the prose the next', async () => {
    const { results } = await search(db(), 'ưu tiên ngân sách đầu tư hạ tầng cụm công nghiệp cho xã phường', { k: 2 });
    expect(results.map((r) => r.text)).toContain(PROSE);
    expect(results.filter((r) => r.text.startsWith('|'))).toHaveLength(1);
  });
});
