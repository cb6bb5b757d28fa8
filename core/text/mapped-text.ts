/**
 * @module core/text/mapped-text
 * A string that remembers, for every character, the offset it came from in the original text,
 * so that spans found in cleaned text can always be mapped back to the source (eyecite's SpanUpdater).
 */

/** One replacement of [start, end) by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export class MappedText {
  /** `origin[i]` is the offset in the original text of `text[i]`; `origin[text.length]` is the original length. */
  private constructor(
    readonly text: string,
    private readonly origin: Int32Array,
  ) {}

  static from(text: string): MappedText {
    const origin = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) origin[i] = i;
    return new MappedText(text, origin);
  }

  /**
   * Replace every match of `pattern` (must be global) by `replacement(match)`. Replacement characters
   * map to the start of the match; characters after it keep their own origin.
   * @example mapped.replace(/\s+/g, () => ' ')
   */
  replace(pattern: RegExp, replacement: (match: RegExpExecArray) => string): MappedText {
    if (!pattern.global) throw new Error('MappedText.replace needs a global pattern');
    // Matches first, then one typed array of the final length filled by block copies: a number per
    // character pushed onto a plain array (and copied again into the typed one) was most of the
    // parse's garbage on long documents.
    const edits: TextEdit[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(this.text); m; m = pattern.exec(this.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      edits.push({ start: m.index, end: m.index + m[0].length, text: replacement(m) });
    }
    return this.edit(edits);
  }

  /**
   * Replace each [start, end) of `edits` (in order, not overlapping) by its text; as `replace` maps them.
   * @example mapped.edit([{ start: 4, end: 6, text: '-' }])
   */
  edit(edits: readonly TextEdit[]): MappedText {
    if (edits.length === 0) return this;
    let length = this.text.length;
    for (const e of edits) length += e.text.length - (e.end - e.start);
    const parts: string[] = [];
    const origin = new Int32Array(length + 1);
    let last = 0;
    let at = 0;
    for (const { start, end, text: rep } of edits) {
      if (start > last) {
        parts.push(this.text.slice(last, start));
        origin.set(this.origin.subarray(last, start), at);
        at += start - last;
      }
      parts.push(rep);
      origin.fill(this.origin[start], at, at + rep.length);
      at += rep.length;
      last = end;
    }
    parts.push(this.text.slice(last));
    origin.set(this.origin.subarray(last, this.text.length + 1), at);
    return new MappedText(parts.join(''), origin);
  }

  /** Map a character transformation that may change lengths (e.g. NFC) over grapheme-like units. */
  mapUnits(unit: RegExp, transform: (s: string) => string): MappedText {
    return this.replace(unit, (m) => transform(m[0]));
  }

  /** Offset in the original text of offset `i` in this text. */
  toOriginal(i: number): number {
    return this.origin[Math.max(0, Math.min(i, this.text.length))];
  }
}
