/**
 * @module ingest/structure/legal-tree
 * The clause tree of a legal normative document (Luật ban hành VBQPPL): Phần / Chương / Mục /
 * Tiểu mục headings, `Điều N.` with its title, khoản `1.`, điểm `a)`, tiết `-`; quoted wording of
 * amended documents kept under the clause that quotes it; the closing (recipients, signature);
 * then appendices (`PHỤ LỤC II`) and attached texts (`QUY CHẾ … (Ban hành kèm theo …)`), each a
 * top-level part with its own structure. Anchors follow the structure (`d2.k1.a`), so the same
 * text always gives the same IDs.
 */
import {
  APPENDIX_HEADING,
  ATTACHED_TO,
  FORM_NUMBER,
  LEGAL_ARTICLE,
  LEGAL_HEADINGS,
  matchMarker,
  RECIPIENTS_END,
  TYPE_NAMES,
} from '../../core/patterns.ts';
import { foldedForm, isMostlyUpper, sentenceCase } from '../../core/text/vietnamese.ts';
import { newClause, SiblingCounter } from './new-clause.ts';
import type { Clause, ClauseKind } from '../../core/types.ts';
import { legalLabel } from './legal-labels.ts';
import { isProse, isSignatureLine, type Paragraph, tableRow } from './paragraphs.ts';
import { quotedParagraphs } from './quoted-passages.ts';

/** A document is in the legal genre when at least this many lines open an article (`Điều N.`). */
const MIN_ARTICLES = 2;
/** A heading or title line longer than this is a sentence, not a heading. */
const HEADING_LENGTH = 200;
/** Unnumbered lines join the clause above while it is shorter than this; then each opens a paragraph. */
const MAX_CONTINUED = 2000;
/** How far above a stray article to look for the `Mẫu số` line that opens its form. */
const FORM_HEAD_LINES = 30;

const HEADING_LEVEL: Record<string, number> = { part: 1, chapter: 2, division: 3, subdivision: 4 };
const KIND_OF_STYLE: Record<string, ClauseKind> = {
  roman: 'section',
  arabic: 'item',
  dotted: 'subitem',
  letter: 'point',
};
const SEGMENT_PREFIX: Partial<Record<ClauseKind, string>> = {
  part: 'ph',
  chapter: 'ch',
  division: 'm',
  subdivision: 'tm',
  article: 'd',
  appendix: 'pl',
};

/** Nesting level of a heading; a dotted `Mục 1.1` sits under `Mục 1`. */
function levelOf(kind: ClauseKind, number: string | null): number {
  return HEADING_LEVEL[kind] + ((number ?? '').split('.').length - 1) / 10;
}

/** `Điều 2. …` at the start of a line: number and the rest of the line, or null. */
export function matchArticle(text: string): { number: string; rest: string } | null {
  const t = text.trim();
  const m = LEGAL_ARTICLE.exec(foldedForm(t));
  if (!m) return null;
  return { number: m[1], rest: t.slice(t.length - m[2].length).trim() };
}

function matchHeading(text: string): { kind: ClauseKind; number: string; rest: string } | null {
  const t = text.trim();
  if (t.length > HEADING_LENGTH) return null;
  const f = foldedForm(t);
  for (const { kind, re } of LEGAL_HEADINGS) {
    const m = re.exec(f);
    if (!m) continue;
    const rest = t.slice(t.length - m[2].length).trim();
    // `Mục tiêu …`, `Phần lớn …` are prose; a heading's title is in capitals or absent.
    if (rest && !isMostlyUpper(rest) && /^\p{Ll}/u.test(rest)) return null;
    const number = /^thu\s/.test(m[1]) ? t.split(/\s+/).slice(1, 3).join(' ') : m[1].toUpperCase();
    return { kind, number: number.replace(/[.:]$/, ''), rest };
  }
  return null;
}

/** Is this a legal normative text? Counts `Điều N.` lines outside quoted passages. */
export function isLegalStructure(
  paragraphs: readonly Paragraph[],
  quoted: readonly boolean[] = quotedParagraphs(paragraphs),
): boolean {
  let n = 0;
  for (let i = 0; i < paragraphs.length && n < MIN_ARTICLES; i++) {
    if (!quoted[i] && matchArticle(paragraphs[i].text)) n++;
  }
  return n >= MIN_ARTICLES;
}

const TYPE_WORDS = TYPE_NAMES.flatMap((t) => t.folded);

/**
 * Where the appendices and attached texts start: a `PHỤ LỤC` line, or a title in capitals followed
 * within three lines by `(Ban hành kèm theo …)` / `(Kèm theo …)` — a title naming a document type (`QUY CHẾ`), or,
 * with `anyTitle` (after a signature, where the body cannot continue), any title (`PHÂN CÔNG NHIỆM VỤ …`).
 */
export function attachmentStarts(
  paragraphs: readonly Paragraph[],
  quoted: readonly boolean[],
  from: number,
  anyTitle = false,
): number[] {
  const starts: number[] = [];
  for (let i = from; i < paragraphs.length; i++) {
    if (quoted[i]) continue;
    const t = paragraphs[i].text.trim();
    // Only a heading's length can open an attachment: longer paragraphs are not folded.
    const f = t.length <= HEADING_LENGTH ? foldedForm(t) : '';
    const below = paragraphs.slice(i + 1, i + 4);
    // The cheap test first: most paragraphs do not open with `(`, and folding each one three times added up.
    const attachedAt = below.findIndex(
      (p) => p.text.trim().startsWith('(') && ATTACHED_TO.test(foldedForm(p.text.trim())),
    );
    const attachedBelow = attachedAt >= 0;
    // Any title must run on in capitals to its `(Kèm theo …)` line: a signer's title over the name is no title.
    const titled =
      attachedBelow && !isSignatureLine(t) && below.slice(0, attachedAt).every((p) => isMostlyUpper(p.text));
    if (t.length <= HEADING_LENGTH && APPENDIX_HEADING.test(f) && (attachedBelow || /^PHỤ LỤC/u.test(t))) {
      starts.push(i);
      // The appendix's own title lines (`DANH MỤC NHIỆM VỤ` over its `(Kèm theo …)`) open nothing.
      if (anyTitle && titled) i += attachedAt + 1;
      continue;
    }
    if (
      attachedBelow &&
      isMostlyUpper(t) &&
      (anyTitle
        ? titled && t.length <= HEADING_LENGTH
        : t.length < 60 && TYPE_WORDS.some((w) => f === w || f.startsWith(`${w} `))) &&
      !matchArticle(t)
    ) {
      starts.push(i);
    }
  }
  return starts;
}

/** The opening of an attached part [start, end): `PHỤ LỤC II` with its title, or an attached text's title. */
export interface AttachmentHead {
  kind: 'appendix' | 'attachment';
  /** The appendix number (`II`), null when unnumbered or for an attached text. */
  marker: string | null;
  heading: string | null;
  /** The last paragraph of the title (the `(Kèm theo …)` line when there is one). */
  titleEnd: number;
}

export function attachmentHead(paragraphs: readonly Paragraph[], start: number, end: number): AttachmentHead {
  const first = paragraphs[start].text.trim();
  const appendix = APPENDIX_HEADING.exec(foldedForm(first));
  // The title runs to the `(Kèm theo …)` line, or is the next line in capitals.
  let titleEnd = start;
  for (let j = start + 1; j < Math.min(end, start + 4); j++) {
    const t = paragraphs[j].text.trim();
    if (ATTACHED_TO.test(foldedForm(t)) && t.startsWith('(')) {
      titleEnd = j;
      break;
    }
  }
  if (titleEnd === start && start + 1 < end && isMostlyUpper(paragraphs[start + 1].text)) titleEnd = start + 1;
  const title = paragraphs
    .slice(start + 1, titleEnd + 1)
    .map((p) => p.text.trim())
    .filter((t) => !(ATTACHED_TO.test(foldedForm(t)) && t.startsWith('(')))
    .join(' ');
  return appendix
    ? { kind: 'appendix', marker: appendix[1]?.toUpperCase() ?? null, heading: title || null, titleEnd }
    : { kind: 'attachment', marker: null, heading: sentenceCase(first), titleEnd };
}

export interface LegalTreeInput {
  documentId: string;
  cleanText: string;
  paragraphs: readonly Paragraph[];
  /** Name ending each citation: `Luật 69/2025/QH15`. */
  citationName: string;
  /** `quotedParagraphs` of the paragraphs, when the caller has it already. */
  quoted?: readonly boolean[];
}

interface Open {
  style: string;
  clause: Clause;
}

/** Build the clause tree of a legal normative document. Pure: same text ⇒ same clauses and IDs. */
export function buildLegalTree({
  documentId,
  cleanText,
  paragraphs,
  citationName,
  quoted = quotedParagraphs(paragraphs),
}: LegalTreeInput): Clause[] {
  const clauses: Clause[] = [];
  const byId = new Map<string, Clause>();
  const anchors = new Set<string>();
  const siblings = new SiblingCounter();

  const add = (
    kind: ClauseKind,
    ps: Paragraph[],
    parent: Clause | null,
    marker: string | null,
    heading: string | null,
    segmentOverride?: (n: number) => string,
  ) => {
    const { ordinal, nth } = siblings.next(parent, kind);
    const segment = segmentOverride?.(nth) ?? segmentOf(kind, marker, nth, parent);
    // Articles are numbered through the whole text, so their anchor skips the headings above them.
    const base = kind === 'article' ? scopeOf(parent, byId) : parent && parent.kind !== 'preamble' ? parent : null;
    let anchor = base ? `${base.anchor}.${segment}` : segment;
    const plain = anchor;
    for (let n = 2; anchors.has(anchor); n++) anchor = `${plain}_${n}`;
    anchors.add(anchor);
    const span = { start: ps[0].start, end: ps[ps.length - 1].end };
    const clause = newClause(documentId, cleanText, { parent, kind, marker, anchor, segment, ordinal, heading, span });
    clause.label = legalLabel(clause, parent, byId, citationName);
    clauses.push(clause);
    byId.set(clause.id, clause);
    return clause;
  };
  const extend = (clause: Clause, p: Paragraph) => {
    clause.span = { start: clause.span.start, end: p.end };
    clause.text = cleanText.slice(clause.span.start, p.end);
  };

  // Body: from the first heading or article outside quotes; closing: recipients and signature after it.
  let bodyStart = paragraphs.findIndex((p, i) => !quoted[i] && (matchArticle(p.text) || matchHeading(p.text)));
  if (bodyStart < 0) bodyStart = paragraphs.length;
  const attachments = attachmentStarts(paragraphs, quoted, bodyStart + 1);
  let bodyLimit = attachments[0] ?? paragraphs.length;
  let closingStart = paragraphs.findIndex(
    (p, i) =>
      i > bodyStart &&
      i < bodyLimit &&
      !quoted[i] &&
      (RECIPIENTS_END.test(foldedForm(p.text.trim())) || isSignatureLine(p.text)),
  );
  if (closingStart < 0) closingStart = bodyLimit;
  // Articles after the signature with no appendix heading found (a form of an appendix whose heading
  // was lost, an OCR extract): they open an attached text there, from its `Mẫu số` line when there is one.
  const stray = paragraphs.findIndex(
    (p, i) => i > closingStart && i < bodyLimit && !quoted[i] && (matchArticle(p.text) || matchHeading(p.text)),
  );
  if (stray > 0) {
    let start = stray;
    for (let j = stray - 1; j > closingStart && j >= stray - FORM_HEAD_LINES; j--) {
      if (FORM_NUMBER.test(foldedForm(paragraphs[j].text.trim()))) start = j;
    }
    attachments.unshift(start);
    bodyLimit = start;
  }

  // Header block, then opening paragraphs (`Căn cứ …`, `QUYẾT ĐỊNH:`).
  const head = paragraphs.slice(0, bodyStart);
  let headerEnd = head.findIndex((p) => isProse(p));
  if (headerEnd < 0) headerEnd = head.length;
  if (headerEnd > 0) add('preamble', head.slice(0, headerEnd), null, null, null);
  for (const p of head.slice(headerEnd)) add('paragraph', [p], null, null, null);

  buildPart(bodyStart, closingStart, null);

  const tail = paragraphs.slice(closingStart, bodyLimit);
  const signatureAt = tail.findIndex((p) => isSignatureLine(p.text));
  const recipients = signatureAt < 0 ? tail : tail.slice(0, signatureAt);
  const signature = signatureAt < 0 ? [] : tail.slice(signatureAt);
  if (recipients.length) add(signatureAt === 0 ? 'signature' : 'recipients', recipients, null, null, null);
  if (signature.length) add('signature', signature, null, null, null);

  attachments.forEach((start, n) => {
    const end = attachments[n + 1] ?? paragraphs.length;
    const head = attachmentHead(paragraphs, start, end);
    const root = add(head.kind, paragraphs.slice(start, head.titleEnd + 1), null, head.marker, head.heading);
    buildPart(head.titleEnd + 1, end, root);
  });
  return clauses;

  /** The numbered structure of paragraphs [from, to) under `root`. */
  function buildPart(from: number, to: number, root: Clause | null) {
    const headings: Clause[] = [];
    let article: Clause | null = null;
    let stack: Open[] = [];
    /** The clause an unnumbered line continues; null when it must open a paragraph. */
    let last: Clause | null = null;
    /** A heading printed alone (`Chương II`) takes the next line in capitals as its title. */
    let untitled: Clause | null = null;
    const container = () => article ?? headings[headings.length - 1] ?? root;
    /** Header cells of the table being read. */
    let header: string[] | null = null;

    for (let i = from; i < to; i++) {
      const p = paragraphs[i];
      if (quoted[i]) {
        const owner = [...stack].reverse()[0]?.clause ?? container();
        if (owner) add('quoted', [p], owner, null, null);
        else add('paragraph', [p], null, null, null);
        last = null;
        untitled = null;
        continue;
      }
      const row = tableRow(p.text);
      if (row) {
        if (row.cells.length) {
          const previous = i > from ? tableRow(paragraphs[i - 1].text) : null;
          if (!previous || !header) header = row.cells;
          const isHeader = header === row.cells;
          const number = isHeader ? null : (/^(\d{1,4})\.?$/.exec(row.cells[0])?.[1] ?? null);
          const parent = stack[stack.length - 1]?.clause ?? container();
          if (isHeader) add('row', [p], parent, null, null, (n) => `h${n}`);
          else add('row', [p], parent, number, header.join(' | '));
        }
        last = null;
        continue;
      }
      header = null;
      const heading = matchHeading(p.text);
      if (heading) {
        const level = levelOf(heading.kind, heading.number);
        while (
          headings.length &&
          levelOf(headings[headings.length - 1].kind, headings[headings.length - 1].marker) >= level
        ) {
          headings.pop();
        }
        article = null;
        stack = [];
        const clause = add(
          heading.kind,
          [p],
          headings[headings.length - 1] ?? root,
          heading.number,
          heading.rest || null,
        );
        headings.push(clause);
        untitled = heading.rest ? null : clause;
        last = null;
        continue;
      }
      if (untitled && isMostlyUpper(p.text) && p.text.length <= 2 * HEADING_LENGTH && !matchMarker(p.text)) {
        extend(untitled, p);
        untitled.heading = untitled.heading ? `${untitled.heading} ${p.text.trim()}` : p.text.trim();
        continue;
      }
      untitled = null;
      const art = matchArticle(p.text);
      if (art) {
        stack = [];
        const title = art.rest && art.rest.length < HEADING_LENGTH && !/[.;:,]$/.test(art.rest) ? art.rest : null;
        article = add('article', [p], headings[headings.length - 1] ?? root, art.number, title);
        last = article;
        continue;
      }
      const m = matchMarker(p.text.trimStart());
      if (!m) {
        // A line under a numbered clause continues it (lead-in of an Điều, tail of a khoản), up to a size.
        if (last && last.text.length < MAX_CONTINUED) extend(last, p);
        else {
          add('paragraph', [p], stack[stack.length - 1]?.clause ?? container(), null, null);
          last = null;
        }
        continue;
      }
      const key = m.style === 'dotted' ? `dotted-${m.marker.split('.').length}` : m.style;
      const marker = m.style.startsWith('bullet') ? null : normalizeMarker(m.marker);
      const sibling = stack.findIndex((o) => o.style === key);
      stack.length = sibling >= 0 ? sibling : stack.length;
      const parent = stack[stack.length - 1]?.clause ?? container();
      const clause = add(KIND_OF_STYLE[m.style] ?? 'bullet', [p], parent, marker, null);
      stack.push({ style: key, clause });
      last = clause;
    }
  }
}

function normalizeMarker(marker: string): string {
  const bare = marker.replace(/\.$/, '');
  return bare.toUpperCase() === bare ? bare : bare.toLowerCase();
}

/** The appendix or attached text a clause belongs to, or null for the document's own body. */
function scopeOf(clause: Clause | null, byId: ReadonlyMap<string, Clause>): Clause | null {
  for (let c = clause; c; c = c.parentId ? (byId.get(c.parentId) ?? null) : null) {
    if (c.kind === 'appendix' || c.kind === 'attachment') return c;
  }
  return null;
}

/** `d2`, `k1`, `a`, `t3`, `p2`, `q1`, `plII`, `kt1`, `chII`. */
function segmentOf(kind: ClauseKind, marker: string | null, n: number, parent: Clause | null): string {
  const prefix = SEGMENT_PREFIX[kind];
  if (prefix !== undefined)
    return marker ? `${prefix}${marker.replace(/\s+/g, '-')}` : n === 1 ? prefix : `${prefix}${n}`;
  if (kind === 'item' && parent?.kind === 'article') return `k${marker}`;
  if (kind === 'row') return `r${marker ?? n}`;
  if (marker) return marker;
  switch (kind) {
    case 'bullet':
      return `t${n}`;
    case 'paragraph':
      return `p${n}`;
    case 'quoted':
      return `q${n}`;
    case 'attachment':
      return `kt${n}`;
    default:
      return n === 1 ? kind : `${kind}${n}`;
  }
}
