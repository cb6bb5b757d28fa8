/**
 * @module ingest/structure/clause-tree
 * Clean text → the document's clause tree: preamble, opening paragraphs, Roman sections, Arabic
 * items, dotted sub-items, lettered points, bullets, the closing parts (recipients, signature), and the
 * appendices and attached texts after the signature (a plan's `PHỤ LỤC` task table), each with its own items.
 * Numbering styles are learned from the document itself: markers of the same style are siblings,
 * a new style opens a level below the current one, so any mix of schemes nests correctly.
 * Legal normative documents (`Điều N.` lines) go to ingest/structure/legal-tree.ts.
 */
import { newClause, SiblingCounter } from './new-clause.ts';
import { matchMarker, RECIPIENTS_END, RECIPIENTS_HEAD } from '../../core/patterns.ts';
import { foldedForm } from '../../core/text/vietnamese.ts';
import type { Clause, ClauseKind } from '../../core/types.ts';
import { attachmentHead, attachmentStarts, buildLegalTree, isLegalStructure } from './legal-tree.ts';
import { isProse, isSignatureLine, type Paragraph, PROSE_LENGTH, splitParagraphs, tableRow } from './paragraphs.ts';
import { quotedParagraphs } from './quoted-passages.ts';

export { splitParagraphs } from './paragraphs.ts';

const KIND_OF_STYLE: Record<string, ClauseKind> = {
  roman: 'section',
  arabic: 'item',
  dotted: 'subitem',
  letter: 'point',
};

function styleKey(style: string, marker: string): string {
  // `2.1` and `2.1.3` are different levels.
  return style === 'dotted' ? `dotted-${marker.split('.').length}` : style;
}

const NUMBERED = new Set(['roman', 'arabic', 'dotted']);

/** A letter's trích yếu (`V/v …`, NĐ 30/2020 Phụ lục I) is header, however long, and so is the `Kính gửi:` after it. */
const ABOUT_LINE = /^V\s*\/\s*v\b/iu;

interface Open {
  style: string;
  clause: Clause;
}

export interface ClauseTreeInput {
  documentId: string;
  cleanText: string;
  /** Short name used in labels: the symbol, or the type and place when the symbol is unknown. */
  documentLabel: string;
  /** Name ending the citations of a legal normative document (`Luật 69/2025/QH15`); defaults to documentLabel. */
  citationName?: string;
}

/** Build the clause tree of a document. Pure: same text ⇒ same clauses and IDs. */
export function buildClauseTree({ documentId, cleanText, documentLabel, citationName }: ClauseTreeInput): Clause[] {
  const paragraphs = splitParagraphs(cleanText);
  // Laws, decrees, circulars and normative decisions have their own scheme (Chương / Điều / khoản / điểm).
  // Quoted passages (an amended text's new wording) are read once: both trees and the legal test skip them.
  const quoted = quotedParagraphs(paragraphs);
  if (isLegalStructure(paragraphs, quoted)) {
    return buildLegalTree({ documentId, cleanText, paragraphs, citationName: citationName ?? documentLabel, quoted });
  }
  const clauses: Clause[] = [];
  const anchors = new Set<string>();
  /** Ordinals, and the running count per (parent, kind) for bullet and paragraph anchors (`b3`, `p2`). */
  const siblings = new SiblingCounter();

  const add = (
    kind: ClauseKind,
    ps: Paragraph[],
    parent: Clause | null,
    marker: string | null,
    heading: string | null,
  ) => {
    const { ordinal, nth } = siblings.next(parent, kind);
    const segment = anchorSegment(kind, marker, nth);
    let anchor = parent && parent.kind !== 'preamble' ? `${parent.anchor}-${segment}` : segment;
    for (let n = 2; anchors.has(anchor); n++) anchor = `${anchor.replace(/_\d+$/, '')}_${n}`;
    anchors.add(anchor);
    const span = { start: ps[0].start, end: ps[ps.length - 1].end };
    const clause = newClause(documentId, cleanText, { parent, kind, marker, anchor, segment, ordinal, heading, span });
    clause.label = clauseLabel(documentLabel, clause, parent);
    clauses.push(clause);
    return clause;
  };

  // Where the numbered body starts and where the closing parts start.
  let bodyStart = paragraphs.findIndex((p) => {
    const m = matchMarker(p.text);
    return m !== null && NUMBERED.has(m.style);
  });
  let closingStart = paragraphs.findIndex(
    (p, i) => i > bodyStart && (RECIPIENTS_END.test(foldedForm(p.text)) || isSignatureLine(p.text)),
  );
  if (closingStart < 0) closingStart = paragraphs.length;
  // Without numbered parts the body is whatever follows the header.
  const numbered = bodyStart >= 0;
  if (!numbered) bodyStart = closingStart;
  // HD 36-HD/VPTW and NĐ 30/2020 attach appendices after the signature (`PHỤ LỤC` / `(Kèm theo Kế hoạch số …)`).
  const attachments =
    closingStart < paragraphs.length ? attachmentStarts(paragraphs, quoted, closingStart + 1, true) : [];
  const closingEnd = attachments[0] ?? paragraphs.length;

  // Header block, then opening prose paragraphs.
  const head = paragraphs.slice(0, bodyStart);
  let headerEnd = head.findIndex(
    (p) => isProse(p) && !RECIPIENTS_HEAD.test(foldedForm(p.text)) && !ABOUT_LINE.test(p.text.trim()),
  );
  if (headerEnd < 0) headerEnd = head.length;
  if (headerEnd > 0) add('preamble', head.slice(0, headerEnd), null, null, null);
  if (numbered) for (const p of head.slice(headerEnd)) add('paragraph', [p], null, null, null);
  else buildUnnumberedBody(headerEnd, bodyStart);

  // A trailing note in parentheses before the closing (`(Đính kèm ...)`) is closing text.
  let bodyEnd = closingStart;
  while (bodyEnd > bodyStart && /^\(.*\)\.?$/.test(paragraphs[bodyEnd - 1].text.trim())) bodyEnd--;

  buildBody(bodyStart, bodyEnd, null);

  // Closing: trailing notes, recipients, signature.
  for (const p of paragraphs.slice(bodyEnd, closingStart)) add('closing', [p], null, null, null);
  const tail = paragraphs.slice(closingStart, closingEnd);
  const signatureAt = tail.findIndex((p) => isSignatureLine(p.text));
  const recipients = signatureAt < 0 ? tail : tail.slice(0, signatureAt);
  const signature = signatureAt < 0 ? [] : tail.slice(signatureAt);
  if (recipients.length) add('recipients', recipients, null, null, null);
  if (signature.length) add('signature', signature, null, null, null);

  attachments.forEach((start, n) => {
    const end = attachments[n + 1] ?? paragraphs.length;
    const head = attachmentHead(paragraphs, start, end);
    const root = add(head.kind, paragraphs.slice(start, head.titleEnd + 1), null, head.marker, head.heading);
    buildBody(head.titleEnd + 1, end, root);
  });
  return clauses;

  /**
   * The content of a text without numbered parts (a letter, a notice, a licence). NĐ 30/2020 (Phụ lục I, bố cục
   * of a Công văn) lays it out as paragraphs — the reason or basis, the content, the closing formula — with the
   * requests often as `-`/`+` lines after the paragraph that introduces them (`… như sau:`): those lines nest under
   * that paragraph as bullets instead of standing as openings of their own. Every paragraph stays at the top.
   */
  function buildUnnumberedBody(from: number, to: number) {
    const stack: Open[] = [];
    for (const p of paragraphs.slice(from, to)) {
      const m = matchMarker(p.text);
      const last = stack[stack.length - 1]?.clause;
      if (m) {
        const key = styleKey(m.style, m.marker);
        const sibling = stack.findIndex((o) => o.style === key);
        if (sibling >= 0) stack.length = sibling;
        const parent = stack[stack.length - 1]?.clause ?? null;
        const kind = KIND_OF_STYLE[m.style] ?? 'bullet';
        const marker = m.style.startsWith('bullet') ? null : normalizeMarker(m.marker);
        stack.push({ style: key, clause: add(kind, [p], parent, marker, null) });
      } else if (last && last.kind !== 'paragraph' && !tableRow(p.text) && continuesLine(last.text, p.text)) {
        extendTo(last, p);
      } else {
        stack.length = 0;
        stack.push({ style: 'paragraph', clause: add('paragraph', [p], null, null, null) });
      }
    }
  }

  /** A clause that goes on over the next paragraph (a wrapped line, a bullet's second paragraph). */
  function extendTo(clause: Clause, p: { end: number }) {
    clause.span = { start: clause.span.start, end: p.end };
    clause.text = cleanText.slice(clause.span.start, p.end);
  }

  /** The numbered parts of paragraphs [from, to), under `root` (an appendix) or at the top. */
  function buildBody(from: number, to: number, root: Clause | null) {
    const stack: Open[] = [];
    for (const p of paragraphs.slice(from, to)) {
      const m = matchMarker(p.text);
      if (!m) {
        const last = clauses[clauses.length - 1];
        if (last?.kind === 'bullet' && stack[stack.length - 1]?.clause === last && !tableRow(p.text)) {
          // An unnumbered paragraph right after a bullet continues that bullet; a table's row stands on its own.
          extendTo(last, p);
          continue;
        }
        const owner = [...stack].reverse().find((o) => !o.style.startsWith('bullet'));
        add('paragraph', [p], owner?.clause ?? root, null, null);
        continue;
      }
      const key = styleKey(m.style, m.marker);
      const marker = m.style.startsWith('bullet') ? null : normalizeMarker(m.marker);
      let parentIndex = -1;
      const sibling = stack.findIndex((o) => o.style === key);
      if (sibling >= 0) {
        parentIndex = sibling - 1;
      } else if (m.style === 'dotted' && marker) {
        // `3.4` belongs under item `3` wherever it is open.
        const prefix = marker.split('.').slice(0, -1).join('.');
        const owner = stack.findIndex((o) => o.clause.marker === prefix);
        parentIndex = owner >= 0 ? owner : stack.length - 1;
      } else {
        parentIndex = stack.length - 1;
      }
      stack.length = parentIndex + 1;
      const parent = stack[parentIndex]?.clause ?? root;
      const kind = KIND_OF_STYLE[m.style] ?? 'bullet';
      const rest = p.text.slice(m.length).trim();
      const heading = kind !== 'bullet' && rest.length < PROSE_LENGTH && !/[.;:,]$/.test(rest) ? rest : null;
      stack.push({ style: key, clause: add(kind, [p], parent, marker, heading) });
    }
  }
}

/**
 * An unmarked paragraph after a listed line goes on with that line when the line introduces it (ends in `:`, as
 * before a quoted provision), stops mid-sentence (a PDF's wrapped line), or the paragraph opens in lower case.
 */
function continuesLine(line: string, next: string): boolean {
  return /:\s*$/.test(line) || !/[.;!?…]["”’)]?\s*$/u.test(line) || /^\p{Ll}/u.test(next.trim());
}

function normalizeMarker(marker: string): string {
  return marker.replace(/\.$/, '').toUpperCase() === marker.replace(/\.$/, '')
    ? marker.replace(/\.$/, '')
    : marker.toLowerCase();
}

/** Anchor segment: the marker as printed, else `b3` / `p2` / `closing2` from the running count `n`. */
function anchorSegment(kind: ClauseKind, marker: string | null, n: number): string {
  if (kind === 'appendix') return `pl${marker ?? (n === 1 ? '' : n)}`;
  if (kind === 'attachment') return `kt${n}`;
  if (marker) return marker;
  switch (kind) {
    case 'bullet':
      return `b${n}`;
    case 'paragraph':
      return `p${n}`;
    default:
      return n === 1 ? kind : `${kind}${n}`;
  }
}

const PART_NAMES: Partial<Record<ClauseKind, string>> = {
  preamble: 'phần mở đầu',
  closing: 'phần kết',
  recipients: 'nơi nhận',
  signature: 'phần ký',
};

/** Parts an item's label names (`phần II, mục 1`, `Phụ lục II, mục 3`). */
const NAMED_PARTS = new Set<ClauseKind>(['section', 'appendix', 'attachment']);

/** `1032-CV/TU, mục 3.4`, `12-NQ/TU, phần II, mục 1`, `27-CTr/TU, mục 2.2, ý 3`. */
export function clauseLabel(documentLabel: string, clause: Clause, parent: Clause | null): string {
  const part = PART_NAMES[clause.kind];
  if (part) return `${documentLabel}, ${part}`;
  const parentLabel = parent ? parent.label : documentLabel;
  switch (clause.kind) {
    case 'appendix':
      return clause.marker ? `${documentLabel}, Phụ lục ${clause.marker}` : `${documentLabel}, Phụ lục`;
    case 'attachment':
      return `${documentLabel}, ${clause.heading ?? 'văn bản'} kèm theo`;
    case 'section':
      return `${parentLabel}, phần ${clause.marker}`;
    case 'item':
    case 'subitem':
      // A sub-item's own number already carries its parent's (`3.4`).
      return `${parent && !NAMED_PARTS.has(parent.kind) ? documentLabelOf(parent, documentLabel) : parentLabel}, mục ${clause.marker}`;
    case 'point':
      return `${parentLabel}, điểm ${clause.marker}`;
    case 'bullet':
      return `${parentLabel}, ý ${ordinalOf(clause)}`;
    default:
      return parent
        ? `${parentLabel}, đoạn ${ordinalOf(clause)}`
        : `${documentLabel}, đoạn mở đầu ${ordinalOf(clause)}`;
  }
}

/** The running number in a bullet or paragraph anchor (`3-b2` → 2). */
function ordinalOf(clause: Clause): number {
  return Number(/(\d+)(?:_\d+)?$/.exec(clause.anchor)?.[1] ?? clause.ordinal + 1);
}

/** The label of the nearest section above an item, or the document's. */
function documentLabelOf(parent: Clause, documentLabel: string): string {
  return parent.kind === 'item' || parent.kind === 'subitem' ? parent.label.replace(/, mục [^,]+$/, '') : documentLabel;
}
