/**
 * @module core/text/mapped-text
 * A string that remembers, for every character, the offset it came from in the original text,
 * so that spans found in cleaned text can always be mapped back to the source (eyecite's SpanUpdater).
 */

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
    const parts: string[] = [];
    const origins: number[] = [];
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(this.text); m; m = pattern.exec(this.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      this.copy(last, m.index, parts, origins);
      const rep = replacement(m);
      const at = this.origin[m.index];
      for (let i = 0; i < rep.length; i++) origins.push(at);
      parts.push(rep);
      last = m.index + m[0].length;
    }
    if (last === 0 && parts.length === 0) return this;
    this.copy(last, this.text.length, parts, origins);
    origins.push(this.origin[this.text.length]);
    return new MappedText(parts.join(''), Int32Array.from(origins));
  }

  /** Map a character transformation that may change lengths (e.g. NFC) over grapheme-like units. */
  mapUnits(unit: RegExp, transform: (s: string) => string): MappedText {
    return this.replace(unit, (m) => transform(m[0]));
  }

  /** Offset in the original text of offset `i` in this text. */
  toOriginal(i: number): number {
    return this.origin[Math.max(0, Math.min(i, this.text.length))];
  }

  private copy(from: number, to: number, parts: string[], origins: number[]): void {
    if (to <= from) return;
    parts.push(this.text.slice(from, to));
    for (let i = from; i < to; i++) origins.push(this.origin[i]);
  }
}
