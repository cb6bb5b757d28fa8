/**
 * @module ingest/structure/legal-labels
 * Citation labels of a legal normative document's clauses, smallest unit first, as a lawyer writes
 * them: `điểm a khoản 3 Điều 5 Nghị định 71/2019/NĐ-CP`, `Mục 2 Chương VI Luật 69/2025/QH15`,
 * `mục 3 Phụ lục II Nghị định 24/2026/NĐ-CP`, `Điều 4 Quy chế kèm theo Quyết định 16/2026/QĐ-UBND`.
 * Every label ends with the document's citation name, which lineage rewrites when a symbol is inferred.
 */
import type { Clause } from '../../core/types.ts';

/** The running number in a bullet, paragraph or quote anchor (`d2.k1.t3` → 3). */
function ordinalOf(clause: Clause): number {
  return Number(/(\d+)(?:_\d+)?$/.exec(clause.anchor)?.[1] ?? clause.ordinal + 1);
}

const PARTS: Partial<Record<Clause['kind'], string>> = {
  preamble: 'phần mở đầu',
  closing: 'phần kết',
  recipients: 'nơi nhận',
  signature: 'phần ký',
};

/** The label of `clause`, whose parent (already labelled) is `parent`. */
export function legalLabel(
  clause: Clause,
  parent: Clause | null,
  byId: ReadonlyMap<string, Clause>,
  citationName: string,
): string {
  const part = PARTS[clause.kind];
  if (part) return `${part} ${citationName}`;
  // Chương, Điều and Phần are numbered through their whole text: cite them from the text, not the heading above.
  const scope = scopeLabel(parent, byId) ?? citationName;
  const under = parent?.label ?? citationName;
  switch (clause.kind) {
    case 'part':
      return `Phần ${clause.marker} ${scope}`;
    case 'chapter':
      return `Chương ${clause.marker} ${scope}`;
    case 'division': {
      // `Mục 1.1` carries the number of the `Mục 1` it sits in.
      const above =
        parent?.kind === 'division' && clause.marker?.includes('.') ? byId.get(parent.parentId ?? '') : parent;
      return `Mục ${clause.marker} ${above?.label ?? citationName}`;
    }
    case 'subdivision':
      return `Tiểu mục ${clause.marker} ${under}`;
    case 'article':
      return `Điều ${clause.marker} ${scope}`;
    case 'appendix':
      return clause.marker ? `Phụ lục ${clause.marker} ${citationName}` : `Phụ lục ${citationName}`;
    case 'attachment':
      return `${clause.heading ?? 'Văn bản'} kèm theo ${citationName}`;
    case 'item':
      return inArticle(clause, byId) ? `khoản ${clause.marker} ${under}` : `mục ${clause.marker} ${under}`;
    case 'subitem':
      // `1.2` carries its item's number: cite it from the item's own container.
      return `mục ${clause.marker} ${parent?.kind === 'item' || parent?.kind === 'subitem' ? containerLabel(parent, byId, citationName) : under}`;
    case 'section':
      return `phần ${clause.marker} ${under}`;
    case 'point':
      return `điểm ${clause.marker} ${under}`;
    case 'bullet':
      return `${inArticle(clause, byId) ? 'tiết' : 'ý'} ${ordinalOf(clause)} ${under}`;
    case 'row':
      // A row numbered in its first column (STT) is cited by that number: `mục 3 Phụ lục II …`.
      if (clause.marker) return `mục ${clause.marker} ${under}`;
      return clause.heading ? `dòng ${ordinalOf(clause)} ${under}` : `dòng tiêu đề ${under}`;
    case 'quoted':
      return `đoạn trích ${ordinalOf(clause)} ${under}`;
    default:
      return parent ? `đoạn ${ordinalOf(clause)} ${under}` : `đoạn mở đầu ${ordinalOf(clause)} ${citationName}`;
  }
}

function ancestors(clause: Clause, byId: ReadonlyMap<string, Clause>): Clause[] {
  const out: Clause[] = [];
  for (
    let c = clause.parentId ? byId.get(clause.parentId) : undefined;
    c;
    c = c.parentId ? byId.get(c.parentId) : undefined
  ) {
    out.push(c);
  }
  return out;
}

function inArticle(clause: Clause, byId: ReadonlyMap<string, Clause>): boolean {
  return ancestors(clause, byId).some((c) => c.kind === 'article');
}

/** Label of the appendix or attached text `clause` sits in (itself included), or null in the body. */
function scopeLabel(clause: Clause | null, byId: ReadonlyMap<string, Clause>): string | null {
  if (!clause) return null;
  const chain = [clause, ...ancestors(clause, byId)];
  return chain.find((c) => c.kind === 'appendix' || c.kind === 'attachment')?.label ?? null;
}

/** Label of the nearest ancestor of an item that is not itself an item (section, article, appendix …). */
function containerLabel(item: Clause, byId: ReadonlyMap<string, Clause>, citationName: string): string {
  const owner = ancestors(item, byId).find((c) => c.kind !== 'item' && c.kind !== 'subitem');
  return owner?.label ?? citationName;
}
