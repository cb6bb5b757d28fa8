/** @module ingest/load/ocr/check-tools — finds out once per runner whether tesseract (with Vietnamese) and pdftoppm can run. */
import type { CommandRunner } from './run-command.ts';

const isMissing = (err: unknown): boolean => (err as NodeJS.ErrnoException)?.code === 'ENOENT';

const checks = new WeakMap<CommandRunner, Map<string, Promise<string | null>>>();

async function probe(run: CommandRunner, lang: string, needPdf: boolean): Promise<string | null> {
  try {
    const langs = await run('tesseract', ['--list-langs']);
    if (!langs.split(/\s+/).includes(lang)) return `tesseract has no '${lang}' language data (traineddata)`;
  } catch (err) {
    return isMissing(err) ? 'tesseract is not installed' : `tesseract does not run (${(err as Error).message})`;
  }
  if (!needPdf) return null;
  try {
    await run('pdftoppm', ['-v']);
  } catch (err) {
    return isMissing(err)
      ? 'pdftoppm (poppler-utils) is not installed'
      : `pdftoppm does not run (${(err as Error).message})`;
  }
  return null;
}

/**
 * What is missing for OCR, completing "… but <missing>", or null when everything runs. Asked once per
 * runner, language and input kind; a missing tool is the same for the whole batch.
 */
export function missingOcrTools(run: CommandRunner, lang: string, needPdf: boolean): Promise<string | null> {
  const byKey = checks.get(run) ?? new Map<string, Promise<string | null>>();
  checks.set(run, byKey);
  const key = `${lang}:${needPdf}`;
  const found = byKey.get(key) ?? probe(run, lang, needPdf);
  byKey.set(key, found);
  return found;
}
