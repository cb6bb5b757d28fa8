/** @module briefing/test-briefing — a small edited briefing for export tests, with hostile text in it. */
import type { BriefingExport } from './types.ts';

export function sampleBriefing(): BriefingExport {
  return {
    topic: 'thu gom chất thải rắn',
    lang: 'vi',
    date: '2024-07-09',
    sections: [
      {
        id: 'targets',
        items: [
          {
            id: 'targets:a~1:0',
            summary: 'tỷ lệ chất thải rắn sinh hoạt được thu gom: đạt 95% (đến 2025) — Cần Thơ',
            text: 'Đến năm 2025, tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 95%.',
            citation: {
              clauseId: 'a~1',
              documentId: 'a',
              label: '27-CTr/TU, mục II.2',
              quote: 'Đến năm 2025, tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 95%.',
            },
          },
        ],
      },
      {
        id: 'tasks',
        items: [
          {
            id: 'tasks:b~3-3.4:0',
            summary: 'Chủ trì: Ủy ban nhân dân thành phố',
            text: 'Kiểm soát chặt chẽ <script>alert(1)</script> *hoạt động* khai thác cát trên sông Hậu.',
            citation: {
              clauseId: 'b~3-3.4',
              documentId: 'b',
              label: '1032-CV/TU, mục 3.4',
              quote: 'Kiểm soát chặt chẽ <script>alert(1)</script> *hoạt động* khai thác cát trên sông Hậu.',
            },
          },
          {
            id: 'tasks:b~3-3.5:0',
            summary: null,
            text: 'Sở TN&MT phối hợp kiểm tra [định kỳ].',
            citation: {
              clauseId: 'b~3-3.5',
              documentId: 'b',
              label: '1032-CV/TU, mục 3.5',
              quote: 'Sở TN&MT phối hợp kiểm tra [định kỳ].',
            },
          },
        ],
      },
      { id: 'lineage', items: [] },
    ],
  };
}
