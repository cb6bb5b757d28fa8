/** @module ingest/load/decode-text — turns the bytes of a text file into a string: UTF-8, UTF-16, the legacy TCVN3/VNI font encodings, or Windows-1258. */
import { convertLegacy, detectLegacyEncoding } from '../../core/text/legacy-encodings.ts';
import { loadError } from './load-error.ts';
import { byteOrderMark, guessUtf16 } from './sniff-content.ts';

export interface DecodedText {
  text: string;
  encoding: string;
  warnings: string[];
}

export const LEGACY_NAMES = { tcvn3: 'TCVN3 (ABC, .VnTime fonts)', vni: 'VNI-Windows' } as const;

/**
 * Converts text that decoded as Unicode but is spelled in a legacy font encoding (a `.VnTime`
 * document pasted into a UTF-8 editor), and says so in a warning. Other text is returned as it is.
 */
export function repairLegacyText(text: string, encoding: string, warnings: string[]): DecodedText {
  const legacy = detectLegacyEncoding(text);
  if (legacy === null) return { text, encoding, warnings };
  const what = encoding === 'unicode' ? 'the text' : `the ${encoding.toUpperCase()} text`;
  const note = `${what} was spelled in ${LEGACY_NAMES[legacy]}: converted to Unicode`;
  return { text: convertLegacy(text, legacy), encoding: legacy, warnings: [...warnings, note] };
}

/** Decodes with replacement characters, counting them into a warning. */
function decodeLoosely(bytes: Uint8Array, label: 'utf-8' | 'utf-16le' | 'utf-16be', warnings: string[]): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const text = new TextDecoder(label, { ignoreBOM: false }).decode(bytes);
    const bad = text.match(/\uFFFD/g)?.length ?? 0;
    warnings.push(`${bad} invalid ${label.toUpperCase()} sequence(s) replaced with U+FFFD`);
    return text;
  }
}

/**
 * Decodes a text file. A byte-order mark decides (UTF-8, UTF-16 LE/BE) and is dropped; without one,
 * UTF-16 is recognised by its zero bytes, then strict UTF-8 is tried; bytes that are not UTF-8 are
 * read as latin1 and must be TCVN3 or VNI, or else Vietnamese in windows-1258; any other file is
 * refused with `unknown_encoding`.
 * @example decodeText('a.txt', bytes).encoding // 'utf-8' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni' | 'windows-1258'
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  const bom = byteOrderMark(bytes);
  if (bom !== null) return repairLegacyText(decodeLoosely(bytes, bom, warnings), bom, warnings);

  const utf16 = guessUtf16(bytes);
  if (utf16 !== null) {
    warnings.push(`no byte-order mark: read as ${utf16.toUpperCase()} from its zero bytes`);
    return repairLegacyText(decodeLoosely(bytes, utf16, warnings), utf16, warnings);
  }

  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return repairLegacyText(text, 'utf-8', warnings);
  } catch {
    // Not UTF-8: an 8-bit file, readable only if it is one of the Vietnamese font encodings.
  }
  // Mostly UTF-8 with a few stray bytes (a pasted fragment, a damaged transfer): keep the UTF-8 text.
  const loose = new TextDecoder('utf-8').decode(bytes);
  const replaced = loose.split('\uFFFD').length - 1;
  if (replaced > 0 && replaced <= Math.max(3, loose.length / 500) && looksVietnamese(loose)) {
    warnings.push(`${replaced} byte(s) that are not UTF-8 were replaced by U+FFFD; the rest reads as UTF-8`);
    return repairLegacyText(loose, 'utf-8', warnings);
  }
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const legacy = detectLegacyEncoding(latin1);
  if (legacy !== null) return { text: convertLegacy(latin1, legacy), encoding: legacy, warnings };
  // The Windows "ANSI" code page of Vietnamese Windows: letters with tone marks as combining bytes.
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  if (looksVietnamese(cp1258)) return { text: cp1258, encoding: 'windows-1258', warnings };
  throw loadError('unknown_encoding', file, {});
}

const VIETNAMESE_ONLY = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/u;

/** At least one word in seven has a letter only Vietnamese uses: the decode made sense. */
function looksVietnamese(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const vietnamese = words.filter((w) => VIETNAMESE_ONLY.test(w)).length;
  return vietnamese >= 2 && vietnamese >= words.length / 7;
}
