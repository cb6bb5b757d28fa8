/**
 * @module evals/bench/synthesize
 * A synthetic scale-up corpus made from the real documents, deterministic by seed. Items of the
 * real documents are recombined and renumbered into new documents with new symbols, dates, places
 * and signers, in a lineage that stays meaningful: central conclusions and resolutions, provincial
 * programmes that implement them, and plans, letters and directives that implement the programmes
 * (their openings, titles and cited symbols name their real synthetic parents). The texts go
 * through the real ingestion pipeline.
 */
import { createRng, type Rng } from './prng.ts';
import type { ItemUnit, SourcePool } from './source-units.ts';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, PLACES, type Place } from './vietnam-names.ts';

export type SyntheticType = 'KL' | 'NQ' | 'CTr' | 'KH' | 'CV' | 'CT';
export type Tier = 'central' | 'provincial' | 'local';

export interface SyntheticDocument {
  /** File name: `synth-000042-ctr-nghe-an.txt`. */
  name: string;
  text: string;
  tier: Tier;
  type: SyntheticType;
  symbol: string;
  issuer: string;
  place: string;
  /** ISO date. */
  date: string;
  title: string;
  /** Symbols of the documents this one implements (its synthetic parents). */
  implements: string[];
  /** Clauses the pipeline should find (lines of the body + preamble and closing blocks). */
  estimatedClauses: number;
}

export interface SyntheticCorpus {
  seed: number;
  targetClauses: number;
  estimatedClauses: number;
  documents: SyntheticDocument[];
}

const TYPE_TITLE: Record<SyntheticType, string> = {
  KL: 'KẾT LUẬN',
  NQ: 'NGHỊ QUYẾT',
  CTr: 'CHƯƠNG TRÌNH',
  KH: 'KẾ HOẠCH',
  CV: 'CÔNG VĂN',
  CT: 'CHỈ THỊ',
};
const TYPE_NAME: Record<SyntheticType, string> = {
  KL: 'Kết luận',
  NQ: 'Nghị quyết',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  CV: 'Công văn',
  CT: 'Chỉ thị',
};

/** Subjects of central documents; lower tiers inherit their parent's. */
const TOPICS = [
  'tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường',
  'tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường trong thời kỳ mới',
  'phát triển bền vững đồng bằng sông Cửu Long thích ứng với biến đổi khí hậu',
  'đẩy mạnh phòng, chống ô nhiễm môi trường và rác thải nhựa',
  'quản lý, khai thác và sử dụng hiệu quả tài nguyên nước',
  'bảo vệ và phát triển rừng, nâng cao tỷ lệ che phủ rừng',
  'phát triển kinh tế tuần hoàn và chuyển đổi xanh',
  'xây dựng đô thị xanh, sạch, đẹp, thích ứng với biến đổi khí hậu',
  'tăng cường quản lý chất thải rắn sinh hoạt và chất thải nguy hại',
  'bảo đảm an ninh nguồn nước và an toàn đập, hồ chứa nước',
];

const SOURCE_PLACES = ['Cần Thơ', 'Sóc Trăng', 'Bình Phước'];
const SOURCE_CAPITALS = ['Đồng Xoài'];
const PARTY_SYMBOL =
  /(\d{1,4})\s*-\s*(NQ|KL|CTr|CT|KH|CV|HD|TB|QĐ)\s*\/\s*(TW|TU)(\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4})?(\s+của\s+(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Thành ủy|Tỉnh ủy|Tỉnh uỷ))?/gu;
const STATE_SYMBOL = /(\d{1,4})\/(NQ|QĐ|CT)-(CP|TTg)/gu;
const YEAR = /(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)/g;

interface DocRecord extends SyntheticDocument {
  placeInfo: Place;
  topic: string;
  parents: DocRecord[];
}

/**
 * Builds documents until their estimated clauses reach `clauses`. Same pool and seed, same corpus.
 * @example const corpus = synthesizeCorpus(buildSourcePool(realDocs), { seed: 7, clauses: 10_000 })
 */
export function synthesizeCorpus(pool: SourcePool, options: { seed: number; clauses: number }): SyntheticCorpus {
  if (pool.items.length === 0) throw new Error('the source pool has no items to recombine');
  const rng = createRng(options.seed);
  const docs: DocRecord[] = [];
  const numbers = new Map<string, number>();
  let estimated = 0;
  while (estimated < options.clauses) {
    const doc = nextDocument(rng, pool, docs, numbers, docs.length);
    docs.push(doc);
    estimated += doc.estimatedClauses;
  }
  return {
    seed: options.seed,
    targetClauses: options.clauses,
    estimatedClauses: estimated,
    documents: docs.map(({ placeInfo: _p, topic: _t, parents: _r, ...doc }) => doc),
  };
}

function nextDocument(
  rng: Rng,
  pool: SourcePool,
  docs: readonly DocRecord[],
  numbers: Map<string, number>,
  index: number,
): DocRecord {
  const centrals = docs.filter((d) => d.tier === 'central');
  const provincials = docs.filter((d) => d.tier === 'provincial');
  const roll = rng.next();
  const tier: Tier =
    centrals.length === 0 || roll < 0.04 ? 'central' : provincials.length === 0 || roll < 0.3 ? 'provincial' : 'local';

  let parents: DocRecord[] = [];
  let placeInfo: Place;
  let type: SyntheticType;
  let topic: string;
  if (tier === 'central') {
    placeInfo = PLACES[0];
    type = rng.pick(['KL', 'NQ', 'KL'] as const);
    topic = rng.pick(TOPICS);
  } else if (tier === 'provincial') {
    const central = rng.pick(centrals);
    parents = [central];
    placeInfo = rng.pick(PLACES);
    type = rng.pick(['CTr', 'CTr', 'NQ'] as const);
    topic = central.topic;
  } else {
    const programme = rng.pick(provincials);
    parents = [programme, ...programme.parents];
    placeInfo = rng.chance(0.85) ? programme.placeInfo : rng.pick(PLACES);
    type = rng.pick(['KH', 'CV', 'CT', 'KH'] as const);
    topic = programme.topic;
  }

  const base = parents[0]?.date ?? `${rng.int(2005, 2023)}-01-01`;
  const date = tier === 'central' ? randomDate(rng, rng.int(2005, 2023)) : addDays(base, rng.int(10, 200));
  const year = Number(date.slice(0, 4));
  const suffix = tier === 'central' ? 'TW' : 'TU';
  const counterKey = `${suffix}|${tier === 'central' ? '' : placeInfo.name}|${type}`;
  const number = (numbers.get(counterKey) ?? rng.int(1, 40)) + rng.int(1, 4);
  numbers.set(counterKey, number);
  const symbol = `${number}-${type}/${suffix}`;
  const committee = placeInfo.city ? 'Thành ủy' : 'Tỉnh ủy';
  const issuer =
    tier === 'central'
      ? type === 'NQ' || rng.chance(0.5)
        ? 'Bộ Chính trị'
        : 'Ban Bí thư'
      : `${committee} ${placeInfo.name}`;
  const title = tier === 'central' ? `về ${topic}` : `thực hiện ${citation(parents[0])} về ${topic}`;

  const record: DocRecord = {
    name: `synth-${String(index).padStart(6, '0')}-${type.toLowerCase()}-${slug(placeInfo.name)}.txt`,
    text: '',
    tier,
    type,
    symbol,
    issuer,
    place: tier === 'central' ? 'Hà Nội' : placeInfo.capital,
    date,
    title,
    implements: parents.map((p) => p.symbol),
    estimatedClauses: 0,
    placeInfo,
    topic,
    parents,
  };
  const { text, clauses } = writeDocument(rng, pool, record, year);
  record.text = text;
  record.estimatedClauses = clauses;
  return record;
}

/** `Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị`. */
function citation(doc: Pick<DocRecord, 'type' | 'symbol' | 'date' | 'issuer'>): string {
  return `${TYPE_NAME[doc.type]} số ${doc.symbol} ngày ${slashDate(doc.date)} của ${doc.issuer}`;
}

function writeDocument(rng: Rng, pool: SourcePool, doc: DocRecord, year: number): { text: string; clauses: number } {
  const central = doc.tier === 'central';
  const [y, m, d] = doc.date.split('-');
  const lines: string[] = [];
  const headerIssuer = central
    ? 'BAN CHẤP HÀNH TRUNG ƯƠNG'
    : `${doc.placeInfo.city ? 'THÀNH ỦY' : 'TỈNH ỦY'} ${upper(doc.placeInfo.name)}`;
  lines.push(
    `${headerIssuer}\t\tĐẢNG CỘNG SẢN VIỆT NAM`,
    '*',
    `Số ${doc.symbol}\t\t${doc.place}, ngày ${d} tháng ${m} năm ${y}`,
    '',
  );
  if (doc.type === 'CV') lines.push(`V/v ${doc.title}`, '');
  else lines.push(TYPE_TITLE[doc.type], upperFirst(doc.title), '-----', '');
  if (doc.type === 'CV') lines.push('Kính gửi: Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc.', '');

  let clauses = 1; // preamble
  const ctx = rewriteContext(doc, year);
  const opening = central
    ? `Thực hiện Quy chế làm việc, ${doc.issuer} ${doc.type === 'KL' ? 'kết luận' : 'quyết nghị'} về ${doc.topic} như sau:`
    : `Thực hiện ${doc.parents.map(citation).join(' và ')} về ${doc.topic}, Ban Thường vụ ${doc.issuer} ${doc.type === 'CV' ? 'yêu cầu' : `ban hành ${TYPE_NAME[doc.type]} thực hiện`} như sau:`;
  lines.push(opening, '');
  clauses++;
  if (rng.chance(0.5) && pool.openings.length > 0) {
    const extra = rng.pick(pool.openings);
    lines.push(rewrite(extra.text, ctx, extra.year), '');
    clauses++;
  }

  const withSections = (doc.type === 'CTr' || doc.type === 'NQ' || doc.type === 'KL') && rng.chance(0.6);
  const style = rng.pick(['.', '-'] as const);
  const sectionStyle = rng.pick(['.', '-'] as const);
  const sections = withSections ? rng.int(2, 4) : 1;
  for (let s = 0; s < sections; s++) {
    if (withSections) {
      lines.push(`${ROMAN[s]}${sectionStyle} ${upper(rng.pick(pool.headings))}`, '');
      clauses++;
    }
    const items = withSections ? rng.int(2, 4) : rng.int(3, 7);
    for (let n = 1; n <= items; n++) {
      const unit = rng.pick(pool.items);
      clauses += writeItem(lines, unit, n, style, ctx);
    }
  }

  lines.push('Nơi nhận:', '- Như trên,', `- Lưu Văn phòng ${central ? 'Trung ương Đảng' : doc.issuer}.`, '');
  const capacity = central
    ? `T/M ${upper(doc.issuer)}`
    : rng.pick(['T/M BAN THƯỜNG VỤ', `T/M ${doc.placeInfo.city ? 'THÀNH ỦY' : 'TỈNH ỦY'}`]);
  const title = central ? 'TỔNG BÍ THƯ' : rng.pick(['BÍ THƯ', 'PHÓ BÍ THƯ']);
  lines.push(capacity, title, personName(rng), '');
  clauses += 2; // recipients, signature
  return { text: lines.join('\n'), clauses };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const LETTERS = 'abcdeghiklmnopqrstuvxy';

function writeItem(lines: string[], unit: ItemUnit, n: number, style: '.' | '-', ctx: RewriteContext): number {
  let sub = 0;
  let point = 0;
  for (const line of unit.lines) {
    const body = rewrite(line.body, ctx, unit.year);
    if (line.kind === 'item') lines.push(`${n}${style} ${body}`);
    else if (line.kind === 'subitem') {
      sub++;
      point = 0;
      lines.push(`${n}.${sub}. ${body}`);
    } else if (line.kind === 'point') lines.push(`${LETTERS[point++ % LETTERS.length]}) ${body}`);
    else if (line.kind === 'bullet') lines.push(`- ${body}`);
    else lines.push(body);
    lines.push('');
  }
  return unit.lines.length;
}

interface RewriteContext {
  doc: DocRecord;
  year: number;
  /** Original symbol → the citation it becomes, fixed for the whole document. */
  symbols: Map<string, string>;
}

function rewriteContext(doc: DocRecord, year: number): RewriteContext {
  return { doc, year, symbols: new Map() };
}

/** Moves a real passage into the synthetic document: its years, places, committee words and cited symbols. */
function rewrite(text: string, ctx: RewriteContext, sourceYear: number): string {
  const { doc } = ctx;
  const delta = ctx.year - sourceYear;
  let out = delta === 0 ? text : text.replace(YEAR, (y) => String(Number(y) + delta));
  for (const p of SOURCE_PLACES)
    out = out.split(p).join(doc.placeInfo.name).split(upper(p)).join(upper(doc.placeInfo.name));
  for (const p of SOURCE_CAPITALS) out = out.split(p).join(doc.placeInfo.capital);
  if (doc.placeInfo.city) {
    out = out.replace(/Tỉnh [uủ]ỷ|Tỉnh ủy/g, 'Thành ủy').replace(/(?<!\p{L})tỉnh(?!\p{L})/gu, 'thành phố');
  } else {
    out = out.replace(/Thành [uủ]ỷ|Thành ủy/g, 'Tỉnh ủy').replace(/(?<!\p{L})thành phố(?!\p{L})/gu, 'tỉnh');
  }
  const central = doc.parents.find((p) => p.tier === 'central');
  const provincial = doc.parents.find((p) => p.tier === 'provincial');
  out = out.replace(PARTY_SYMBOL, (whole, _n: string, _code: string, level: string) => {
    const key = whole.replace(/\s+ngày.*$|\s+của.*$/u, '').replace(/\s+/g, '');
    let cited = ctx.symbols.get(key);
    if (cited === undefined) {
      const parent = level === 'TW' ? central : provincial;
      cited = parent ? citationShort(parent) : `${key.replace(/^\d+/, String(100 + (hash(key + doc.symbol) % 900)))}`;
      ctx.symbols.set(key, cited);
    }
    return cited;
  });
  return out.replace(STATE_SYMBOL, (_w, n: string, code: string, issuer: string) => {
    return `${(Number(n) + (hash(doc.symbol) % 300)) % 1000 || 1}/${code}-${issuer}`;
  });
}

/** `81-KL/TW ngày 04/6/2024 của Bộ Chính trị` (the type word stays the source's). */
function citationShort(doc: DocRecord): string {
  return `${doc.symbol} ngày ${slashDate(doc.date)} của ${doc.issuer}`;
}

function personName(rng: Rng): string {
  return `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`;
}

function randomDate(rng: Rng, year: number): string {
  return `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function slashDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${Number(m)}/${y}`;
}

function upper(text: string): string {
  return text.toUpperCase();
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
