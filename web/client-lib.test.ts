/** @module web/client-lib.test — the browser modules' pure functions, run in Node (no DOM needed). */
import { describe, expect, it } from 'vitest';

/** The client code is plain ES-module JavaScript served as is; load it by URL so the typechecker leaves it alone. */
const lib = (name: string) => import(new URL(`./public/assets/js/lib/${name}`, import.meta.url).href);

describe('parseSse', async () => {
  const { parseSse } = await lib('sse.js');

  it('splits complete events and keeps the rest for the next chunk', () => {
    const { events, rest } = parseSse('event: token\ndata: Ban \n\nevent: token\ndata: cán');
    expect(events).toEqual([{ event: 'token', data: 'Ban ' }]);
    expect(rest).toBe('event: token\ndata: cán');
  });

  it('reads CRLF, comments and multi-line data', () => {
    const { events } = parseSse(': ping\r\n\r\nevent: done\r\ndata: {"a":\r\ndata: 1}\r\n\r\n');
    expect(events).toEqual([{ event: 'done', data: '{"a":\n1}' }]);
  });
});

describe('findQuote', async () => {
  const { findQuote } = await lib('highlight.js');
  const text = 'Kiểm soát chặt chẽ, hiệu quả hoạt động khai thác khoáng sản,\nđặc biệt là khai thác cát.';

  it.each([
    ['khai thác cát', { start: text.indexOf('khai thác cát'), end: text.indexOf('khai thác cát') + 13 }],
    ['KHOÁNG SẢN, đặc   biệt', { start: text.indexOf('khoáng'), end: text.indexOf('biệt') + 4 }],
    ['không có', null],
    ['', null],
  ])('%j', (quote, expected) => {
    const found = findQuote(text, quote);
    expect(found).toEqual(expected);
    if (found)
      expect(text.slice(found.start, found.end).replace(/\s+/g, ' ').toLowerCase()).toBe(
        quote.replace(/\s+/g, ' ').toLowerCase(),
      );
  });
});

describe('links', async () => {
  const { anchorOf, readerTarget, readerUrl } = await lib('links.js');

  it('builds reader URLs with the quote and the clause anchor', () => {
    expect(readerUrl('ct-1032', 'ct-1032~3-3.4', 'khai thác cát')).toBe(
      '/doc/ct-1032?hl=khai%20th%C3%A1c%20c%C3%A1t#3-3.4',
    );
    expect(anchorOf('a~b~c', 'a~b')).toBe('c');
  });

  it.each([
    [
      { search: '?hl=c%C3%A1t', hash: '#3-3.4' },
      { anchor: '3-3.4', quote: 'cát' },
    ],
    [
      { search: '', hash: '#3-3.4?q=c%C3%A1t' },
      { anchor: '3-3.4', quote: 'cát' },
    ],
    [
      { search: '', hash: '' },
      { anchor: null, quote: null },
    ],
  ])('reads %j', (loc, expected) => {
    expect(readerTarget(loc)).toEqual(expected);
  });
});

describe('safeHref', async () => {
  const { safeHref } = await lib('dom.js');
  it.each([
    ['/doc/x', '/doc/x'],
    ['#3-3.4', '#3-3.4'],
    ['javascript:alert(1)', '#'],
    ['//evil.example/x', '#'],
    ['data:text/html,x', '#'],
    ['https://vbpl.vn/', 'https://vbpl.vn/'],
  ])('%j → %j', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });
});

describe('lineage graph layout', async () => {
  const { groupEdges, layeredPositions, withoutEnded, nodeLabel } = await lib('lineage-graph.js');

  it('hides documents no longer in force and their edges, but never the root nor an unknown status', () => {
    const graph = {
      nodes: [
        { key: 'doc:nd-71', status: 'in_force' },
        { key: '163/2013/NĐ-CP', status: 'replaced' },
        { key: 'LUAT:hoa-chat', status: 'unknown' },
        { key: 'doc:old', status: 'repealed' },
      ],
      edges: [
        { from: 'doc:nd-71', to: '163/2013/NĐ-CP', relation: 'replaces' },
        { from: 'doc:nd-71', to: 'LUAT:hoa-chat', relation: 'cites' },
        { from: 'doc:old', to: 'LUAT:hoa-chat', relation: 'cites' },
      ],
    };
    const kept = withoutEnded(graph, 'doc:old');
    expect(kept.nodes.map((n: { key: string }) => n.key)).toEqual(['doc:nd-71', 'LUAT:hoa-chat', 'doc:old']);
    expect(kept.edges.map((e: { to: string }) => e.to)).toEqual(['LUAT:hoa-chat', 'LUAT:hoa-chat']);
    expect(withoutEnded({ nodes: [graph.nodes[0]], edges: [] }, 'x').nodes).toHaveLength(1);
  });

  it('labels a node with its status only when it no longer simply applies', () => {
    expect(nodeLabel({ key: 'k', symbol: '163/2013/NĐ-CP', type: 'ND', date: '2013-11-12', status: 'replaced' })).toBe(
      'Nghị định 163/2013/NĐ-CP\n12/11/2013\nĐã bị thay thế',
    );
    expect(nodeLabel({ key: 'k', symbol: '71/2019/NĐ-CP', type: 'ND', date: null, status: 'in_force' })).toBe(
      'Nghị định 71/2019/NĐ-CP',
    );
  });
  const edges = [
    {
      from: 'doc:a',
      to: '81-KL/TW',
      relation: 'implements',
      basis: false,
      clauseId: 'a~2',
      quote: 'Kết luận số 81-KL/TW',
    },
    {
      from: 'doc:a',
      to: '81-KL/TW',
      relation: 'implements',
      basis: true,
      clauseId: 'a~preamble',
      quote: 'Kết luận số 81-KL/TW',
    },
    { from: '81-KL/TW', to: '24-NQ/TW', relation: 'continues', basis: true, clauseId: 'k~1', quote: 'Nghị quyết 24' },
  ];

  it('merges parallel citations into one edge, basis first', () => {
    const grouped = groupEdges(edges);
    expect(grouped).toHaveLength(2);
    expect(grouped[0].citations.map((c: { clauseId: string }) => c.clauseId)).toEqual(['a~preamble', 'a~2']);
    expect(grouped[0].basis).toBe(true);
  });

  it('puts what is cited above what cites it', () => {
    const nodes = ['doc:a', '81-KL/TW', '24-NQ/TW'].map((key) => ({ key, date: null }));
    const at = layeredPositions({ nodes, edges: groupEdges(edges) });
    expect(at.get('24-NQ/TW').y).toBeLessThan(at.get('81-KL/TW').y);
    expect(at.get('81-KL/TW').y).toBeLessThan(at.get('doc:a').y);
  });

  it('survives a citation cycle', () => {
    const cyc = [
      { from: 'x', to: 'y', relation: 'cites', clauseId: 'x~1' },
      { from: 'y', to: 'x', relation: 'cites', clauseId: 'y~1' },
    ];
    const at = layeredPositions({ nodes: [{ key: 'x' }, { key: 'y' }], edges: cyc });
    expect(at.size).toBe(2);
  });
});

describe('comparableGroups', async () => {
  const { comparableGroups } = await lib('targets-chart.js');
  const target = (indicator: string, place: string, unit = '%') => ({ indicator, place, unit, value: 90 });

  it('groups indicators that measure the same thing, whatever the wording', () => {
    const groups = comparableGroups([
      target('tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị', 'Cần Thơ'),
      target(
        'chất thải rắn sinh hoạt đô thị, công nghiệp, dịch vụ được thu gom và xử lý đạt tiêu chuẩn môi trường',
        'Sóc Trăng',
      ),
      target('tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt phát sinh tại hộ gia đình ở nông thôn', 'Cần Thơ'),
      target('tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị', 'Cần Thơ', 'tấn'),
    ]);
    expect(groups.map((g: { items: unknown[] }) => g.items.length)).toEqual([2, 1, 1]);
    expect(groups[0].indicator).toBe('tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị');
    expect(groups[0].items.map((x: { place: string }) => x.place)).toEqual(['Cần Thơ', 'Sóc Trăng']);
  });
});

describe('matchesWords', async () => {
  const { matchesWords } = await lib('words.js');
  const indicator = 'Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý';

  it.each([
    ['thu gom chất thải', true],
    ['thu gom chat thai', true], // accents optional
    ['CHẤT THẢI thu gom', true], // any order, any case
    ['thu g', false], // whole words only
    ['chat thai y te', false],
    ['', true],
  ])('%s → %s', (needle, expected) => {
    expect(matchesWords(indicator, needle)).toBe(expected);
  });
});

describe('library state', async () => {
  const { parseState, stateQuery, applyFilters, pageOf, snippet } = await lib('library-state.js');
  const docs = [
    {
      id: 'a',
      type: 'NQ',
      issuer: 'Tỉnh ủy Sóc Trăng',
      place: 'Sóc Trăng',
      date: '2017-05-02',
      title: 'về bảo vệ môi trường',
      symbol: '08-NQ/TU',
    },
    {
      id: 'b',
      type: 'CT',
      issuer: 'Thành ủy Cần Thơ',
      place: 'Cần Thơ',
      date: '2024-01-10',
      title: 'về bảo vệ môi trường',
      symbol: '26-CT/TU',
    },
    {
      id: 'c',
      type: 'CV',
      issuer: 'Thành ủy Cần Thơ',
      place: 'Cần Thơ',
      date: null,
      title: 'triển khai Kết luận 81',
      symbol: null,
    },
  ];

  it('reads the URL with defaults, and writes back only what differs from them', () => {
    const s = parseState('?type=NQ&page=2&year=20x4&sort=bogus');
    expect(s).toMatchObject({ type: 'NQ', page: 2, year: '', sort: 'date-desc' });
    expect(stateQuery(s)).toBe('?type=NQ&page=2');
    expect(stateQuery(parseState(''))).toBe('');
    expect(parseState(stateQuery({ ...s, text: 'khai thác cát', sort: 'title' }))).toMatchObject({
      text: 'khai thác cát',
      sort: 'title',
    });
  });

  it('filters by every field and sorts newest first with undated last', () => {
    expect(applyFilters(docs, parseState('')).map((d: { id: string }) => d.id)).toEqual(['b', 'a', 'c']);
    expect(applyFilters(docs, parseState('?sort=date-asc')).map((d: { id: string }) => d.id)).toEqual(['a', 'b', 'c']);
    expect(
      applyFilters(docs, parseState('?issuer=Thành ủy Cần Thơ&year=2024')).map((d: { id: string }) => d.id),
    ).toEqual(['b']);
    expect(applyFilters(docs, parseState('?q=ket luan 81')).map((d: { id: string }) => d.id)).toEqual(['c']);
  });

  it('filters by validity: still in force keeps amended and partly repealed, drops ended and pending', () => {
    const withStatus = [
      { id: 'in', status: 'in_force', date: '2024-01-01' },
      { id: 'am', status: 'amended', date: '2023-01-01' },
      { id: 'pr', status: 'partly_repealed', date: '2022-01-01' },
      { id: 'rp', status: 'replaced', date: '2021-01-01' },
      { id: 'ny', status: 'not_yet_in_force', date: '2020-01-01' },
      { id: 'ex', status: 'expired', date: '2019-01-01' },
      { id: 'un', date: '2018-01-01' },
    ];
    const ids = (q: string) => applyFilters(withStatus, parseState(q)).map((d: { id: string }) => d.id);
    expect(ids('?status=current')).toEqual(['in', 'am', 'pr']);
    expect(ids('?status=replaced')).toEqual(['rp']);
    expect(ids('')).toHaveLength(withStatus.length);
    // A malformed status in the URL is dropped, not matched against nothing.
    expect(parseState('?status=<b>').status).toBe('');
    expect(stateQuery(parseState('?status=current'))).toBe('?status=current');
  });

  it('pages, keeping a page past the end on the last one', () => {
    const list = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(list, 3)).toMatchObject({ page: 3, pages: 3, items: [40, 41, 42, 43, 44] });
    expect(pageOf(list, 9).page).toBe(3);
    expect(pageOf([], 1)).toMatchObject({ page: 1, pages: 1, items: [] });
  });

  it('cuts a snippet on word boundaries around the first highlight, with marks shifted', () => {
    const text = `${'Một đoạn mở đầu rất dài. '.repeat(20)}Nghiêm cấm khai thác cát trái phép trên sông Hậu.`;
    const start = text.indexOf('khai thác cát');
    const cut = snippet(text, [{ start, end: start + 13 }], 120);
    expect(cut.cutStart).toBe(true);
    expect(cut.text.slice(cut.marks[0].start, cut.marks[0].end)).toBe('khai thác cát');
    expect(cut.text.startsWith(' ')).toBe(false);
  });
});

describe('validity status', async () => {
  const { stillInForce, statusTone, statusMatches, groupChanges, changeSource } = await lib('validity-status.js');

  it('merges the parts one clause changes in one way into one line, keeping other clauses apart', () => {
    const by = (part: string | null, clauseId = 'nd-26-2026~4', relation = 'repeals') => ({
      key: 'nd-26-2026',
      symbol: '26/2026/NĐ-CP',
      clauseId,
      relation,
      part,
      date: '2026-01-17',
      quote: 'các Điều 6, 7, 8, 9 của Nghị định 146/2025/NĐ-CP',
    });
    const groups = groupChanges([by('Điều 6'), by('Điều 7'), by('Điều 7'), by(null, 'nd-26-2026~5', 'amends')]);
    expect(groups.map((g: { relation: string; parts: string[] }) => [g.relation, g.parts])).toEqual([
      ['repeals', ['Điều 6', 'Điều 7']],
      ['amends', []],
    ]);
    expect(groupChanges(undefined)).toEqual([]);
  });

  it('reads a reported change in the reporting document’s clause, and the document’s own change in its own', () => {
    const change = {
      key: 'nd-17-2020',
      symbol: '17/2020/NĐ-CP',
      clauseId: 'nq-66-18-2026~12',
      relation: 'amends',
      part: null,
      date: '2020-02-05',
      quote: 'Điều 20 Nghị định số 105/2017/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP',
    };
    expect(changeSource({ ...change, reportedIn: 'nq-66-18-2026', reportedInSymbol: '66.18/2026/NQ-CP' })).toEqual({
      documentId: 'nq-66-18-2026',
      label: '66.18/2026/NQ-CP',
      clauseId: 'nq-66-18-2026~12',
      quote: change.quote,
      reported: true,
    });
    expect(changeSource({ ...change, clauseId: 'nd-17-2020~3', reportedIn: null })).toMatchObject({
      documentId: 'nd-17-2020',
      label: '17/2020/NĐ-CP',
      clauseId: 'nd-17-2020~3',
      reported: false,
    });
    // A reporting document without a symbol is named by its id.
    expect(changeSource({ ...change, reportedIn: 'cv-khong-so', reportedInSymbol: null }).label).toBe('cv-khong-so');
  });

  it.each([
    ['in_force', true, 'ok'],
    ['amended', true, 'changed'],
    ['partly_repealed', true, 'changed'],
    ['not_yet_in_force', false, 'pending'],
    ['replaced', false, 'ended'],
    ['repealed', false, 'ended'],
    ['suspended', false, 'ended'],
    ['expired', false, 'ended'],
    ['unknown', false, 'unknown'],
    [undefined, false, 'unknown'],
  ])('%s: still in force %s, tone %s', (status, inForce, tone) => {
    expect(stillInForce(status)).toBe(inForce);
    expect(statusTone(status)).toBe(tone);
    expect(statusMatches(status, 'current')).toBe(inForce);
    expect(statusMatches(status, '')).toBe(true);
  });
});

describe('chat store', async () => {
  const { leadSentence, answerAsText, loadTurns, saveTurns, clearTurns } = await lib('chat-store.js');
  const memory = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => m.set(k, v),
      removeItem: (k: string) => m.delete(k),
    };
  };

  it.each([
    [
      'Ban cán sự đảng Ủy ban nhân dân thành phố chủ trì [1]. 1032-CV/TU, mục 3.4: “Kiểm soát …”',
      'Ban cán sự đảng Ủy ban nhân dân thành phố chủ trì.',
    ],
    ['Công văn 1032-CV/TU do Phạm Văn Hiếu ký [1]', 'Công văn 1032-CV/TU do Phạm Văn Hiếu ký.'],
    // A signer answer on a State document: the capacity's "KT." is no sentence end (ingest/structure/metadata.test.ts).
    [
      'Công văn 9387/UBND-KT (Ủy ban nhân dân tỉnh):\nNgười ký: Lê Văn Dũng (KT. CHỦ TỊCH, PHÓ CHỦ TỊCH) — 9387/UBND-KT, phần ký: “Lê Văn Dũng” [1].',
      'Công văn 9387/UBND-KT (Ủy ban nhân dân tỉnh): Người ký: Lê Văn Dũng (KT. CHỦ TỊCH, PHÓ CHỦ TỊCH) — 9387/UBND-KT, phần ký: “Lê Văn Dũng”.',
    ],
    [
      'Ủy ban nhân dân TP. Cần Thơ chủ trì [1].\n1032-CV/TU, mục 3.4: “Kiểm soát …”',
      'Ủy ban nhân dân TP. Cần Thơ chủ trì.',
    ],
    [
      'Nêu ở 1032-CV/TU, mục 3.4: “Kiểm soát chặt chẽ. Xây dựng hệ thống thông tin” [1]. Còn lại …',
      'Nêu ở 1032-CV/TU, mục 3.4: “Kiểm soát chặt chẽ. Xây dựng hệ thống thông tin”.',
    ],
    ['3. Ban cán sự đảng lãnh đạo [2]. Sau đó …', '3. Ban cán sự đảng lãnh đạo.'],
    ['Target reached: 100% by 2025. Source …', 'Target reached: 100% by 2025.'],
    ['', ''],
  ])('lead of %s', (answer, lead) => {
    expect(leadSentence(answer)).toBe(lead);
  });

  it('keeps turns across loads, ignores junk, and clears', () => {
    const storage = memory();
    expect(loadTurns(storage)).toEqual([]);
    saveTurns([{ question: 'Ai ký?', result: { answer: 'X ký.', citations: [] } }], storage);
    expect(loadTurns(storage)).toHaveLength(1);
    storage.setItem('vankien.chat.v1', '{not json');
    expect(loadTurns(storage)).toEqual([]);
    saveTurns([{ question: 'Ai ký?', result: { answer: 'X ký.' } }], storage);
    clearTurns(storage);
    expect(loadTurns(storage)).toEqual([]);
  });

  it('copies the lead and every quote with its source', () => {
    const text = answerAsText('Ai ký?', {
      answer: 'Phạm Văn Hiếu ký [1]. Thêm.',
      citations: [
        { label: '1032-CV/TU, phần ký', quote: 'PHÓ BÍ THƯ Phạm Văn Hiếu', documentId: 'd', clauseId: 'd~s' },
      ],
    });
    expect(text).toBe('Ai ký?\n\nPhạm Văn Hiếu ký.\n- “PHÓ BÍ THƯ Phạm Văn Hiếu” (1032-CV/TU, phần ký)');
  });
});

describe('currentNav', async () => {
  const { currentNav } = await lib('layout.js');

  // A document opened from the chat or the library is marked as the library's: it lists every document.
  it.each([
    ['/', '/'],
    ['/doc/can-tho-cong-van-2024-ket-luan-81', '/library'],
    ['/library', '/library'],
    ['/lineage', '/lineage'],
    ['/briefing', '/briefing'],
    ['/targets', '/targets'],
    ['/admin', '/admin'],
    ['/api/docs', null],
  ])('%s → %s', (path, expected) => {
    expect(currentNav(path)).toBe(expected);
  });
});

describe('ingestMessage', async () => {
  const { ingestMessage } = await lib('status.js');
  const { STRINGS } = await lib('strings.js');
  const { readFileSync } = await import('node:fs');
  // Every code the loader can fail with (its closed union), read from its module so a new code needs words here.
  const source = readFileSync(new URL('../ingest/load/load-error.ts', import.meta.url), 'utf8');
  const union = /export type LoadErrorCode =([^;]+);/.exec(source)?.[1] ?? '';
  const codes = [...union.matchAll(/'(\w+)'/g)].map((m) => m[1]).concat(['no_content', 'ingest_failed']);

  it('reads the loader codes', () => {
    expect(codes).toContain('empty_document');
    expect(codes.length).toBeGreaterThan(10);
  });

  it.each(codes)('%s has words in Vietnamese and English', (code) => {
    expect(STRINGS.vi[`ingest.${code}`]).toMatch(/\S/);
    expect(STRINGS.en[`ingest.${code}`]).toMatch(/\S/);
    expect(ingestMessage({ code, message: 'x.txt: technical' })).toBe(STRINGS.vi[`ingest.${code}`]);
  });

  it('falls back to the server message for an unknown code', () => {
    expect(ingestMessage({ code: 'something_new', message: 'x.txt: technical' })).toBe('x.txt: technical');
  });
});

describe('lineage graph style', async () => {
  const { STYLE } = await lib('lineage-graph.js');

  it('leaves room between layers for an upright edge label under a two-line node label', async () => {
    const { layeredPositions, LAYER_GAP } = await lib('lineage-graph.js');
    const at = layeredPositions({
      nodes: [
        { key: 'a', date: '2024-06-04' },
        { key: 'b', date: '2024-07-09' },
      ],
      edges: [{ from: 'b', to: 'a', relation: 'implements' }],
    });
    const gap = Math.abs(at.get('b').y - at.get('a').y);
    expect(gap).toBe(LAYER_GAP);
    // node radius 17 + label margin 6 + two 11 px lines (~30) + "triển khai thực hiện ×6" at 10 px (~130) + the next node's radius 13.
    expect(gap).toBeGreaterThanOrEqual(17 + 6 + 30 + 130 + 13);
  });

  it('gives node and edge labels an opaque background, so a crossing edge leaves them readable', () => {
    for (const selector of ['node', 'edge']) {
      const style = STYLE.find((s: { selector: string }) => s.selector === selector)?.style ?? {};
      expect(style['text-background-color'], selector).toBe('#ffffff');
      expect(style['text-background-opacity'], selector).toBeGreaterThanOrEqual(0.8);
    }
  });
});
