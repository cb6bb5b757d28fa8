/**
 * @module ingest/structure/metadata
 * Reads a document's metadata from its own text, never from its file name: type, number and
 * symbol, issuing body, place, date, subject, signer and recipients. A field the text does not
 * carry is null; nothing is guessed from outside the document.
 */
import {
  BODY_HEAD_WORDS,
  MOTTOS,
  NUMERIC_DATE,
  RECIPIENTS_END,
  RECIPIENTS_HEAD,
  SIGNER_TITLES,
  SIGNING_CAPACITY,
  startsWithMarker,
  TYPE_NAMES,
} from '../../core/patterns.ts';
import { canonicalTones, foldedForm, isMostlyUpper, sentenceCase, titleCase } from '../../core/text/vietnamese.ts';
import type { DocumentMetadata, DocumentType, PartialDate, Signer } from '../../core/types.ts';
import { canonicalSymbol } from '../references/index.ts';
import { type Cell, toCells } from './header-cells.ts';

export interface MetadataInput {
  /** Lines of the header block as laid out (column gaps intact). */
  headerLines: string[];
  /** Lines of the closing block (recipients, signature) as laid out. */
  closingLines: string[];
  /** Opening prose paragraphs of the clean text (where "X yêu cầu", "X ban hành" name the issuer). */
  openingParagraphs: string[];
  /** The whole clean text, for self-references ("Công văn này"). */
  cleanText: string;
}

const upperFolded = (s: string) => foldedForm(s).toUpperCase();

function isMotto(cell: string): boolean {
  const f = upperFolded(cell)
    .replace(/[^A-Z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return MOTTOS.some((m) =>
    f.startsWith(
      m
        .replace(/[^A-Z ]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

/** The type whose name the cell is (`CHỈ THỊ`, OCR `NGHỊ QUYÉT`, `CHƯƠNG TRÌNH HÀNH ĐỘNG`). */
function typeOfTitleCell(cell: string): DocumentType | null {
  if (!isMostlyUpper(cell)) return null;
  const f = foldedForm(cell)
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const t of TYPE_NAMES) for (const name of t.folded) if (f === name) return t.type;
  return null;
}

const NUMBER_CELL = /^S[ốồổỗộoóòỏõọ]\s*:?\s*(.*)$/u;

function findSymbol(cells: Cell[]): { cell: Cell; rest: string } | null {
  for (const cell of cells) {
    const m = NUMBER_CELL.exec(cell.text);
    if (m) return { cell, rest: m[1] };
  }
  return null;
}

/** `Cần Thơ, ngày 09 tháng 7 năm 2024` → place and (partial) ISO date. */
export function parsePlaceDate(text: string): { place: string | null; date: PartialDate | null } | null {
  const m = /,?\s*ngày\s*(\d{1,2}|[ .…_]*)\s*tháng\s*(\d{1,2}|[ .…_]*)\s*năm\s*(\d{4})/u.exec(text);
  if (!m) return null;
  const words = text.slice(0, m.index).trim().split(/\s+/);
  const place: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!/^\p{Lu}/u.test(w) || /[\d/]/.test(w) || /^S[ốo]:?$/u.test(w)) break;
    place.unshift(w);
  }
  return { place: place.length ? place.join(' ').replace(/,$/, '') : null, date: isoDate(m[3], m[2], m[1]) };
}

function isoDate(year: string, month: string, day: string): PartialDate {
  const mm = /^\d+$/.test(month.trim()) ? month.trim().padStart(2, '0') : null;
  const dd = mm && /^\d+$/.test(day.trim()) ? day.trim().padStart(2, '0') : null;
  return [year, mm, dd].filter(Boolean).join('-');
}

/** `THÀNH ỦY CẦN THƠ` → `Thành ủy Cần Thơ`; `ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC` → `Ủy ban nhân dân tỉnh Bình Phước`. */
export function prettyBody(upper: string): { name: string; place: string | null } {
  const text = canonicalTones(upper.replace(/\s+/g, ' ').trim());
  const folded = upperFolded(text);
  // The place follows the last administrative word or the committee word it qualifies.
  const m = /^(.*\b(?:(?:TINH|THANH|HUYEN|QUAN|THI|DANG) UY|TINH|THANH PHO|HUYEN|QUAN|THI XA|XA|PHUONG))\s+(.+)$/.exec(
    folded,
  );
  if (!isMostlyUpper(text)) return { name: text, place: null };
  if (!m) return { name: sentenceCase(text), place: null };
  const head = text.slice(0, m[1].length);
  const place = titleCase(text.slice(m[1].length).trim());
  return { name: `${sentenceCase(head)} ${place}`, place };
}

const ADMIN_UNIT = /^(TINH|THANH PHO|HUYEN|QUAN|THI XA|XA|PHUONG)\b/;

function findIssuer(cells: Cell[], stopLine: number): { name: string; place: string | null } | null {
  const parts: string[] = [];
  for (const cell of cells) {
    if (cell.line >= stopLine) break;
    const t = cell.text.replace(/[*_\-–—•]+$/, '').trim();
    if (!t || isMotto(t) || typeOfTitleCell(t) || NUMBER_CELL.test(t)) continue;
    // A body line, or the line under it naming its level and place (`TỈNH QUẢNG NAM`).
    if (
      isMostlyUpper(t) &&
      (BODY_HEAD_WORDS.test(upperFolded(t)) || (parts.length > 0 && ADMIN_UNIT.test(upperFolded(t))))
    ) {
      parts.push(t);
    } else if (parts.length) break;
  }
  return parts.length ? prettyBody(parts.join(' ')) : null;
}

/** `Ban Thường vụ Tỉnh ủy yêu cầu`, `Ban Chấp hành Đảng bộ thành phố ban hành`: the issuer acting in the text. */
const ACTING_BODY =
  /(Ban Thường vụ(?: (?:Tỉnh|Thành|Huyện|Quận|Thị) ủy)?|Ban Chấp hành Đảng bộ (?:tỉnh|thành phố|huyện|quận)|Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|Ủy ban nhân dân (?:tỉnh|thành phố|huyện|quận)|Thường trực (?:Tỉnh|Thành|Huyện) ủy)\s+(?:yêu cầu|ban hành|chỉ thị|quyết định|kết luận|đề nghị)/u;

function actingIssuer(paragraphs: string[]): string | null {
  for (const p of paragraphs) {
    const m = ACTING_BODY.exec(canonicalTones(p));
    if (m) return m[1];
  }
  return null;
}

function findType(cells: Cell[], symbolType: DocumentType | null, cleanText: string): DocumentType | null {
  const title = cells.map((c) => typeOfTitleCell(c.text)).find(Boolean) ?? null;
  if (title === 'QDi' || title === 'QD') return title;
  if (title) return title;
  if (symbolType) return symbolType;
  // "Chỉ thị này", "Công văn này": a document names its own type when it refers to itself.
  const folded = foldedForm(cleanText);
  let best: { type: DocumentType; n: number } | null = null;
  for (const t of TYPE_NAMES) {
    for (const name of t.folded) {
      const n = folded.split(`${name} nay`).length - 1;
      if (n > 0 && (!best || n > best.n)) best = { type: t.type, n };
    }
  }
  if (best) return best.type;
  return cells.some((c) => RECIPIENTS_HEAD.test(foldedForm(c.text))) ? 'CV' : null;
}

function isPlaceDate(cell: string): boolean {
  return /ngày\s*[\d .…_]*\s*tháng/u.test(cell);
}

function findTitle(cells: Cell[], symbolCell: Cell | null): string | null {
  const titleAt = cells.findIndex((c) => typeOfTitleCell(c.text));
  const parts: string[] = [];
  const collect = (from: number, accept: (c: Cell, first: boolean) => boolean) => {
    for (let i = from; i < cells.length; i++) {
      const c = cells[i];
      if (!/[\p{L}\d]/u.test(c.text) || startsWithMarker(c.text)) break;
      if (isMotto(c.text) || isPlaceDate(c.text) || RECIPIENTS_HEAD.test(foldedForm(c.text))) {
        if (parts.length) break;
        continue;
      }
      if (!accept(c, parts.length === 0)) {
        if (parts.length) break;
        continue;
      }
      parts.push(c.text);
      if (c.text.length > 200) break;
    }
  };
  if (titleAt >= 0) {
    // The subject under the type name; "CỦA BAN CHẤP HÀNH ..." lines qualify the issuer, not the subject.
    collect(titleAt + 1, (c) => !isMostlyUpper(c.text));
  } else {
    const vv = cells.findIndex((c) => /^(V\/v|Về việc|V\/V)\b/u.test(c.text));
    if (vv >= 0) collect(vv, (c, first) => first || /^\p{Ll}/u.test(c.text));
    else if (symbolCell) collect(cells.indexOf(symbolCell) + 1, (c) => !isMostlyUpper(c.text));
  }
  const title = parts.join(' ').replace(/\s+/g, ' ').trim();
  return title || null;
}

/** Signer from the closing lines: capacity (`T/M BAN THƯỜNG VỤ`), title (`PHÓ BÍ THƯ`), name. */
export function findSigner(lines: string[]): Signer | null {
  const cells = toCells(lines).map((c) => c.text);
  const at = cells.findIndex((c) => SIGNING_CAPACITY.test(c) && isMostlyUpper(c));
  if (at < 0) return null;
  const m = SIGNING_CAPACITY.exec(cells[at])!;
  const prefix = /^(KT|Q|TL|TUQ|TM)\.$/.test(m[1]) ? m[1] : 'T/M';
  const capacity = `${prefix} ${m[2].trim()}`;
  let title: string | null = null;
  let name: string | null = null;
  for (const c of cells.slice(at + 1)) {
    const f = upperFolded(c)
      .replace(/[^A-Z ]/g, '')
      .trim();
    if (!title && SIGNER_TITLES.test(f)) title = c;
    else if (isPersonalName(c)) name = c;
  }
  return { capacity, title, name };
}

function isPersonalName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

function findRecipients(cells: Cell[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const { text } of cells) {
    const f = foldedForm(text);
    const head = RECIPIENTS_HEAD.exec(f) ?? RECIPIENTS_END.exec(f);
    if (head) {
      open = true;
      const rest = text.slice(text.indexOf(':') + 1).trim();
      if (rest && text.includes(':')) out.push(rest);
      continue;
    }
    if (!open) continue;
    // In a two-column layout the signature stands beside the list: skip it, keep reading.
    if (SIGNING_CAPACITY.test(text) || SIGNER_TITLES.test(upperFolded(text)) || isPersonalName(text)) continue;
    if (/^[-–+•]/.test(text)) out.push(text.replace(/^[-–+•]\s*/, ''));
    else if (/^\p{Ll}/u.test(text) && out.length) out[out.length - 1] += ` ${text}`;
    else if (text.length > 150) open = false;
  }
  return [
    ...new Set(
      out
        .map((r) =>
          r
            .replace(/^-\s*/, '')
            .replace(/[,;.]+$/, '')
            .trim(),
        )
        .filter(Boolean),
    ),
  ];
}

/** All metadata fields the text carries. */
export function extractMetadata(input: MetadataInput): DocumentMetadata {
  const cells = toCells(input.headerLines);
  const symbolAt = findSymbol(cells);
  const parsed = symbolAt ? canonicalSymbol(symbolAt.rest) : null;
  const placeDate = cells.map((c) => parsePlaceDate(c.text)).find(Boolean) ?? null;
  const titleLine = cells.find((c) => typeOfTitleCell(c.text))?.line ?? Number.POSITIVE_INFINITY;
  const symbolLine = symbolAt?.cell.line ?? Number.POSITIVE_INFINITY;
  const headerIssuer = findIssuer(cells, Math.min(titleLine, symbolLine + 1));
  const signer = findSigner(input.closingLines);
  const issuer =
    headerIssuer?.name ??
    actingIssuer(input.openingParagraphs) ??
    (signer?.capacity ? sentenceCase(signer.capacity.replace(/^\S+\s+/, '')) : null);
  const type = findType(cells, parsed?.type ?? null, input.cleanText);
  return {
    type,
    symbol: parsed?.number ? parsed.symbol : null,
    symbolInferred: false,
    number: parsed?.number ?? null,
    issuer,
    place: placeDate?.place ?? headerIssuer?.place ?? null,
    date: placeDate?.date ?? null,
    title: findTitle(cells, symbolAt?.cell ?? null),
    signer,
    recipients: findRecipients([...cells, ...toCells(input.closingLines)]),
  };
}

/** Dates cited as `ngày 15/11/2004`. */
export function parseNumericDate(text: string): PartialDate | null {
  const m = NUMERIC_DATE.exec(text);
  return m ? isoDate(m[3], m[2], m[1]) : null;
}
