/** @module search/retriever — hybrid search as a LangChain `BaseRetriever` (Documents with clause metadata). */

import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { Db } from '../core/store/db.ts';
import { type SearchOptions, search } from './hybrid-search.ts';

/** Metadata of each retrieved Document. */
export interface ClauseMetadata {
  clauseId: string;
  documentId: string;
  label: string;
  score: number;
  highlights: Array<{ start: number; end: number }>;
}

export interface VankienRetrieverInput extends BaseRetrieverInput, SearchOptions {
  db: Db;
}

/**
 * @example
 * const retriever = new VankienRetriever({ db, k: 5 })
 * const docs = await retriever.invoke('ai chủ trì tuyên truyền Kết luận 81-KL/TW?')
 */
export class VankienRetriever extends BaseRetriever<ClauseMetadata> {
  override lc_namespace = ['vankien', 'search', 'retriever'];
  private readonly db: Db;
  private readonly options: SearchOptions;

  constructor(fields: VankienRetrieverInput) {
    super(fields);
    const { db, callbacks: _c, tags: _t, metadata: _m, verbose: _v, ...options } = fields;
    this.db = db;
    this.options = options;
  }

  override async _getRelevantDocuments(
    query: string,
    _runManager?: CallbackManagerForRetrieverRun,
  ): Promise<Document<ClauseMetadata>[]> {
    const { results } = await search(this.db, query, this.options);
    return results.map(
      (r) =>
        new Document<ClauseMetadata>({
          pageContent: r.text,
          id: r.clauseId,
          metadata: {
            clauseId: r.clauseId,
            documentId: r.documentId,
            label: r.label,
            score: r.score,
            highlights: r.highlights,
          },
        }),
    );
  }
}
