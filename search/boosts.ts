/**
 * @module search/boosts — rank adjustments from what the store knows: facts matching the question, the document the
 * question names, kinds of clause (recipients, signature) and bare-heading clauses. Boilerplate learned from the
 * corpus is not penalized here: the learned ranking reads a clause's boilerplate share as a feature
 * (`rank-features.ts`), and a fixed penalty before it cost dev R@5 (see `BOILERPLATE` there).
 */

import { TYPE_NAMES } from '../core/patterns.ts';
import { type Db, documentCatalog } from '../core/store/index.ts';
import { foldAccents } from '../core/text/vietnamese.ts';
import { lexicalIndex } from './lexical-index/sync.ts';
import { INTENT_ROLES, type QueryIntent, type RoleIntent } from './intents.ts';
import { normalizeSymbol } from './tokenize.ts';

/** Factor per matching fact kind (a lead responsibility for "who leads", a target for "how much"). */
export const FACT_BOOST = 0.15;
/** Factor for clauses of the document whose symbol the question names (`Theo Công văn 1032-CV/TU, ...`). */
export const DOCUMENT_SYMBOL_BOOST = 0.4;
/** Factor for clauses of a document named by type and number only (`cong van 1032`). */
export const DOCUMENT_NUMBER_BOOST = 0.3;
/** Recipient lists and signature blocks rarely answer a question; the signature does answer "who signed". */
export const KIND_PRIORS: Readonly<Record<string, number>> = { recipients: 0.6, signature: 0.6 };
export const SIGNER_BOOST = 1.3;
/** A bare heading or header line (`CHỈ THỊ`, `THÀNH ỦY CẦN THƠ`) matches title words yet answers nothing. */
export const SHORT_CLAUSE = { maxTerms: 8, factor: 0.7 } as const;

/** What the question says that boosts can use. */
export interface BoostQuery {
  intents: readonly QueryIntent[];
  /** Symbols in the question, matching form (`1032-cv/tu`). */
  symbols: readonly string[];
  /** Standalone numbers in the question (`1032`). */
  numbers: readonly string[];
  /** The question's folded form, to find type names (`cong van`). */
  folded: string;
}

/**
 * Factor (1 = none) per clause: facts answering the question's intent, the named document, and
 * priors on boilerplate kinds, multiplied.
 */
export async function computeBoosts(
  db: Db,
  clauseIds: readonly string[],
  query: BoostQuery,
): Promise<Map<string, number>> {
  const boosts = new Map<string, number>();
  if (clauseIds.length === 0) return boosts;
  const ids = [...clauseIds];
  const multiply = (id: string, factor: number) => boosts.set(id, (boosts.get(id) ?? 1) * factor);

  const rows = await db.query<{ id: string; kind: string; document_id: string }>(
    'select id, kind, document_id from clauses where id = any($1::text[])',
    [ids],
  );
  const index = await lexicalIndex(db);
  const { byId } = await documentCatalog(db);
  // Folded on both sides: an English or unaccented question writes `217/2026/ND-CP` for `217/2026/NĐ-CP`.
  const symbols = new Set(query.symbols.map(foldAccents));
  const numbers = new Set(query.numbers);
  for (const r of rows) {
    const { symbol, number, type } = byId.get(r.document_id)?.metadata ?? { symbol: null, number: null, type: null };
    const bySymbol = symbol !== null && symbols.has(foldAccents(normalizeSymbol(symbol)));
    const named = bySymbol || (number !== null && numbers.has(number) && namesType(query.folded, type));
    if (bySymbol) multiply(r.id, 1 + DOCUMENT_SYMBOL_BOOST);
    else if (named) multiply(r.id, 1 + DOCUMENT_NUMBER_BOOST);
    if (r.kind === 'signature' && query.intents.includes('signer')) multiply(r.id, SIGNER_BOOST);
    else if (KIND_PRIORS[r.kind] !== undefined) multiply(r.id, KIND_PRIORS[r.kind]);
    const terms = index.clauseLength(r.id);
    if (terms !== undefined && terms <= SHORT_CLAUSE.maxTerms && r.kind !== 'signature')
      multiply(r.id, SHORT_CLAUSE.factor);
  }

  for (const [id, count] of await factMatches(db, ids, query.intents)) multiply(id, 1 + FACT_BOOST * count);
  return boosts;
}

/** Clause id → number of the question's intents it has a stored fact for. */
async function factMatches(db: Db, ids: string[], intents: readonly QueryIntent[]): Promise<Map<string, number>> {
  const hits = new Map<string, Set<QueryIntent>>();
  const mark = (id: string, intent: QueryIntent) => hits.set(id, (hits.get(id) ?? new Set()).add(intent));
  const roleIntents = intents.filter((i): i is RoleIntent => i in INTENT_ROLES);
  if (roleIntents.length > 0) {
    const rows = await db.query<{ clause_id: string; role: string }>(
      'select distinct clause_id, role from responsibilities where clause_id = any($1::text[])',
      [ids],
    );
    for (const r of rows) {
      for (const intent of roleIntents)
        if ((INTENT_ROLES[intent] as readonly string[]).includes(r.role)) mark(r.clause_id, intent);
    }
  }
  if (intents.includes('target')) {
    const rows = await db.query<{ clause_id: string }>(
      'select distinct clause_id from targets where clause_id = any($1::text[])',
      [ids],
    );
    for (const r of rows) mark(r.clause_id, 'target');
  }
  return new Map([...hits].map(([id, set]) => [id, set.size]));
}

function namesType(folded: string, type: string | null): boolean {
  const names = TYPE_NAMES.find((t) => t.type === type)?.folded ?? [];
  return names.some((n) => folded.includes(n));
}
