/** @module ingest/facts/numbers — reads numbers written the Vietnamese way: `74,8` is 74.8, `1.000` is one thousand. */

/**
 * The value of a number as printed, or null. A comma is the decimal mark; dots group thousands
 * (`1.000.000`); a lone dot not followed by three digits is taken as a decimal point (`2.5`).
 * @example parseVietnameseNumber('74,8') // 74.8
 */
export function parseVietnameseNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+\.\d+$/.test(t)) return Number(t);
  return null;
}
