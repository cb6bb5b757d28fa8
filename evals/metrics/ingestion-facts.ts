/**
 * @module evals/metrics/ingestion-facts
 * References, responsibilities and targets of one stored document against the gold.
 * References: by cited document (canonical symbol, the symbol a name resolves to, or the name) and
 * relation (the gold's alternatives accepted), per document and per clause. Responsibilities: same
 * clause, role (or an accepted alternative) and body. Targets: same clause, value and unit.
 */
import type { Clause, Reference, Responsibility, Target } from '../../core/types.ts';
import type { GoldReference, GoldResponsibility, GoldTarget } from '../load-gold.ts';
import { nameForm } from '../text-forms.ts';
import { clauseKeys, goldKey } from './clause-keys.ts';
import { symbolForm } from './ingestion-metadata.ts';

export interface MatchCount {
  /** Gold items that count toward recall. */
  expected: number;
  found: number;
  /** Stored items, and those that match some gold item (optional ones included). */
  actual: number;
  correct: number;
  /** Gold items not found, for the report. */
  misses: string[];
}

export function emptyCount(): MatchCount {
  return { expected: 0, found: 0, actual: 0, correct: 0, misses: [] };
}

export function addCounts(a: MatchCount, b: MatchCount): MatchCount {
  return {
    expected: a.expected + b.expected,
    found: a.found + b.found,
    actual: a.actual + b.actual,
    correct: a.correct + b.correct,
    misses: [...a.misses, ...b.misses],
  };
}

export function recallOf(c: MatchCount): number {
  return c.expected === 0 ? Number.NaN : c.found / c.expected;
}

export function precisionOf(c: MatchCount): number {
  return c.actual === 0 ? Number.NaN : c.correct / c.actual;
}

/** Words that carry no identity in a document name (`số`, `năm`, `ngày`). */
const FILLER = /\b(so|nam|ngay)\b/g;

function docNameForm(name: string): string {
  return nameForm(name).replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

/** True when the stored citation target is the gold's cited document. */
export function sameCitedDocument(gold: GoldReference, target: Reference['target']): boolean {
  const stored = symbolForm(target.symbol);
  if (stored !== null && (stored === symbolForm(gold.symbol) || stored === symbolForm(gold.resolvesTo))) return true;
  if (gold.symbol !== null) return false;
  const names = [gold.name, gold.resolvesTo].filter((n): n is string => !!n).map(docNameForm);
  const storedNames = [target.name, target.subject, target.key].filter((n): n is string => !!n).map(docNameForm);
  return names.some((g) => storedNames.some((s) => s.length > 0 && (s.includes(g) || g.includes(s))));
}

function relationOk(gold: GoldReference, relation: Reference['relation']): boolean {
  return gold.relation === relation || ((gold.relationAlt ?? []) as string[]).includes(relation);
}

function refLabel(g: GoldReference): string {
  return `${g.symbol ?? g.name ?? '?'} ${g.relation} @${goldKey(g.path)}`;
}

/**
 * Reference agreement for one document, at two grains: `document` (cited document + relation,
 * anywhere in the document, duplicates merged) and `clause` (also in the right clause).
 */
export function scoreReferences(
  gold: readonly GoldReference[],
  refs: readonly Reference[],
  clauses: readonly Clause[],
): { document: MatchCount; clause: MatchCount } {
  const keys = clauseKeys(clauses);
  const keyOf = (r: Reference) => keys.get(r.clauseId) ?? '?';

  // Document grain: gold pairs deduplicated by (identity, relation); stored pairs by (target key, relation).
  const goldPairs = new Map<string, GoldReference>();
  for (const g of gold) {
    const id = `${symbolForm(g.symbol) ?? docNameForm(g.name ?? '?')}|${g.relation}`;
    const prev = goldPairs.get(id);
    if (!prev || (prev.optional && !g.optional)) goldPairs.set(id, g);
  }
  const storedPairs = new Map<string, Reference>();
  for (const r of refs) storedPairs.set(`${r.target.key}|${r.relation}`, r);
  const document = emptyCount();
  for (const g of goldPairs.values()) {
    if (g.optional) continue;
    document.expected++;
    if (refs.some((r) => sameCitedDocument(g, r.target) && relationOk(g, r.relation))) document.found++;
    else document.misses.push(refLabel(g));
  }
  document.actual = storedPairs.size;
  document.correct = [...storedPairs.values()].filter((r) =>
    gold.some((g) => sameCitedDocument(g, r.target) && relationOk(g, r.relation)),
  ).length;

  // Clause grain: every gold mention, in its clause.
  const clause = emptyCount();
  for (const g of gold) {
    if (g.optional) continue;
    clause.expected++;
    const hit = refs.some(
      (r) => keyOf(r) === goldKey(g.path) && sameCitedDocument(g, r.target) && relationOk(g, r.relation),
    );
    if (hit) clause.found++;
    else clause.misses.push(refLabel(g));
  }
  const storedMentions = new Map<string, Reference>();
  for (const r of refs) storedMentions.set(`${keyOf(r)}|${r.target.key}|${r.relation}`, r);
  clause.actual = storedMentions.size;
  clause.correct = [...storedMentions.values()].filter((r) =>
    gold.some((g) => keyOf(r) === goldKey(g.path) && sameCitedDocument(g, r.target) && relationOk(g, r.relation)),
  ).length;
  return { document, clause };
}

/** Names a gold body may be stored under, in name form, without a trailing place. */
function bodyForms(g: GoldResponsibility): string[] {
  const forms = [g.body, g.bodyText, ...(g.aliases ?? [])].filter((f): f is string => !!f);
  return forms.map((f) => stripPlace(nameForm(f), g.place));
}

function stripPlace(form: string, place: string | undefined): string {
  if (!place) return form;
  const p = nameForm(place);
  return form.endsWith(` ${p}`) ? form.slice(0, -p.length - 1) : form;
}

/** True when the stored responsibility names the gold body (a generic or listed gold body: any body in it). */
export function sameBody(g: GoldResponsibility, r: Responsibility): boolean {
  const stored = [r.body.name, r.bodyText].map((n) => stripPlace(nameForm(n), g.place ?? r.body.place ?? undefined));
  const forms = bodyForms(g);
  if (stored.some((s) => forms.includes(s))) return true;
  // A generic or listed body (`A và B`, `A, B`) may be stored as its parts.
  const listed = g.generic || / và |, /.test(g.body);
  if (listed) return stored.some((s) => s.length > 0 && forms.some((f) => ` ${f} `.includes(` ${s} `)));
  return false;
}

function roleOk(g: GoldResponsibility, role: Responsibility['role']): boolean {
  return g.role === role || (g.roleAlt ?? []).includes(role);
}

/** Responsibility recall (and precision) for one document, split into named and generic bodies. */
export function scoreResponsibilities(
  gold: readonly GoldResponsibility[],
  stored: readonly Responsibility[],
  clauses: readonly Clause[],
): { all: MatchCount; named: MatchCount; generic: MatchCount; inherited: MatchCount } {
  const keys = clauseKeys(clauses);
  const at = (r: Responsibility) => keys.get(r.clauseId) ?? '?';
  const matches = (g: GoldResponsibility, r: Responsibility) =>
    at(r) === goldKey(g.path) && roleOk(g, r.role) && sameBody(g, r);
  const count = (subset: readonly GoldResponsibility[]): MatchCount => {
    const c = emptyCount();
    for (const g of subset) {
      c.expected++;
      if (stored.some((r) => matches(g, r))) c.found++;
      else c.misses.push(`${g.role} ${g.body} @${goldKey(g.path)}${g.inherited ? ' (inherited)' : ''}`);
    }
    return c;
  };
  const all = count(gold);
  all.actual = stored.length;
  all.correct = stored.filter((r) => gold.some((g) => matches(g, r))).length;
  return {
    all,
    named: count(gold.filter((g) => !g.generic)),
    generic: count(gold.filter((g) => g.generic)),
    inherited: count(gold.filter((g) => g.inherited)),
  };
}

/** Target recall (and precision) for one document; `deadline` counts matched targets whose deadline agrees. */
export function scoreTargets(
  gold: readonly GoldTarget[],
  stored: readonly Target[],
  clauses: readonly Clause[],
): MatchCount & { deadlineCorrect: number } {
  const keys = clauseKeys(clauses);
  const matches = (g: GoldTarget, t: Target) =>
    keys.get(t.clauseId) === goldKey(g.path) && t.value === g.value && (t.unit ?? null) === (g.unit ?? null);
  const c = { ...emptyCount(), deadlineCorrect: 0 };
  const used = new Set<Target>();
  for (const g of gold) {
    c.expected++;
    const hit = stored.find((t) => !used.has(t) && matches(g, t)) ?? stored.find((t) => matches(g, t));
    if (hit) {
      used.add(hit);
      c.found++;
      if (hit.deadline === g.deadline) c.deadlineCorrect++;
    } else c.misses.push(`${g.valueText}${g.unit ?? ''} ${g.indicator} @${goldKey(g.path)}`);
  }
  c.actual = stored.length;
  c.correct = stored.filter((t) => gold.some((g) => matches(g, t))).length;
  return c;
}
