/** @module ingest/load/word-extractor.d — the part of word-extractor (ships no types) that load-doc uses. */
declare module 'word-extractor' {
  interface TextOptions {
    /** True (the default) turns curly quotes and dashes into ASCII; the loader keeps them as printed. */
    filterUnicode?: boolean;
  }
  export interface WordDocument {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
    getHeaders(options?: TextOptions & { includeFooters?: boolean }): string;
    getTextboxes(options?: TextOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
