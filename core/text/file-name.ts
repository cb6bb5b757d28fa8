/** @module core/text/file-name — the part of a file's name that archive clerks write the document into. */

/**
 * A file name without its folders and its extension (`KH-2242_23.4.2026_Kiem-tra.docx` → `KH-2242_23.4.2026_Kiem-tra`):
 * archive clerks name files by type, number, date and subject, which ranking and the header reader both read.
 */
export function fileStem(sourceName: string): string {
  return (sourceName.split(/[\\/]/).pop() ?? '').replace(/\.[a-z0-9]{1,5}$/i, '');
}
