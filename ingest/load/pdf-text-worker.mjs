/**
 * @module ingest/load/pdf-text-worker
 * Plain JavaScript run in a worker thread without tsx's hooks (see `pdf-text.ts`): pdf.js is 3 MB of
 * modules with dynamic imports, and tsx re-maps and inlines a source map for each one it loads (~4 s of
 * CPU per process against ~0.5 s under plain Node). Reads a PDF's text layer page by page and the pages
 * that carry signature fields.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { PasswordException, PDFParse } = await import(workerData.pdfParseUrl);

/**
 * 1-based pages carrying a signature field. E-office systems number and date a document when it is signed
 * (`Số: 1629 /SCT-CN`, `ngày 27`) in the fields' appearance streams, which pdf.js's text layer leaves out.
 * pdf-parse keeps the pdf.js document it loaded in a private field: read it, and do without when absent.
 */
async function signedFieldPages(parser) {
  const doc = parser.doc;
  if (!doc || typeof doc.getPage !== 'function') return [];
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const annotations = await (await doc.getPage(n)).getAnnotations({ intent: 'display' });
    if (annotations.some((a) => a.subtype === 'Widget' && a.fieldType === 'Sig')) pages.push(n);
  }
  return pages;
}

async function read(data) {
  const parser = new PDFParse({ data });
  try {
    const result = await parser.getText();
    const pages = result.pages.map((page) => page.text);
    const signed = await signedFieldPages(parser).catch(() => []);
    return { pages, signed };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { error: { encrypted: err instanceof PasswordException, message } };
  } finally {
    await parser.destroy();
  }
}

parentPort.on('message', ({ id, data }) => {
  read(data)
    .catch((err) => ({ error: { encrypted: false, message: err instanceof Error ? err.message : String(err) } }))
    .then((answer) => parentPort.postMessage({ id, ...answer }));
});
