/**
 * @module search/lexical-index/pack
 * One buffer holding a JSON header and named typed arrays, read back as views of that buffer without
 * copying: what the lexical index snapshot is made of (tens of millions of postings at 100k clauses,
 * where decoding JSON segments cost ~30 s of CPU at every open).
 */

const MAGIC = 0x584c4b56; // 'VKLX'
/** Sections start on this boundary, so every typed array can be a view of the buffer. */
const ALIGN = 8;

type Packed = Int32Array | Uint32Array | Uint16Array | Uint8Array;
type Kind = 'i32' | 'u32' | 'u16' | 'u8';

const kindOf = (array: Packed): Kind =>
  array instanceof Int32Array
    ? 'i32'
    : array instanceof Uint32Array
      ? 'u32'
      : array instanceof Uint16Array
        ? 'u16'
        : 'u8';

/** A snapshot that cannot be read (another format, truncated, damaged): the caller rebuilds instead. */
export class PackError extends Error {
  override readonly name = 'PackError';
}

/** Collects a header and typed arrays, then lays them out in one buffer. */
export class Packer {
  private readonly sections: Array<{ name: string; array: Packed }> = [];

  add(name: string, array: Packed): void {
    this.sections.push({ name, array });
  }

  /**
   * The snapshot as chunks to write one after another (no copy of the arrays into one buffer: at 100k clauses
   * that would add ~160 MB at its peak): magic, header length, header JSON (with each section's place),
   * then the sections, each starting on an 8-byte boundary.
   */
  finish(header: unknown): Uint8Array[] {
    const places: Record<string, [kind: Kind, offset: number, length: number]> = {};
    let offset = 0;
    for (const { name, array } of this.sections) {
      places[name] = [kindOf(array), offset, array.length];
      offset = align(offset + array.byteLength);
    }
    const json = new TextEncoder().encode(JSON.stringify({ header, places }));
    const head = new Uint8Array(align(8 + json.byteLength));
    const view = new DataView(head.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, json.byteLength, true);
    head.set(json, 8);
    const chunks: Uint8Array[] = [head];
    for (const { array } of this.sections) {
      chunks.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
      const padding = align(array.byteLength) - array.byteLength;
      if (padding > 0) chunks.push(new Uint8Array(padding));
    }
    return chunks;
  }
}

/** Reads what `Packer.finish` wrote (its chunks joined); arrays are views of `bytes` (copied once if `bytes` is misaligned). */
export class Unpacker {
  readonly header: unknown;
  private readonly bytes: Uint8Array;
  private readonly start: number;
  private readonly places: Record<string, [Kind, number, number]>;

  constructor(input: Uint8Array) {
    const bytes = input.byteOffset % ALIGN === 0 ? input : input.slice();
    if (bytes.byteLength < 8) throw new PackError('snapshot is truncated');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) throw new PackError('not a lexical index snapshot');
    const length = view.getUint32(4, true);
    if (8 + length > bytes.byteLength) throw new PackError('snapshot header is truncated');
    const parsed = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as {
      header: unknown;
      places: Record<string, [Kind, number, number]>;
    };
    this.bytes = bytes;
    this.start = align(8 + length);
    this.header = parsed.header;
    this.places = parsed.places;
  }

  i32(name: string): Int32Array {
    return this.section(name, 'i32', 4, (buffer, offset, length) => new Int32Array(buffer, offset, length));
  }

  u32(name: string): Uint32Array {
    return this.section(name, 'u32', 4, (buffer, offset, length) => new Uint32Array(buffer, offset, length));
  }

  u16(name: string): Uint16Array {
    return this.section(name, 'u16', 2, (buffer, offset, length) => new Uint16Array(buffer, offset, length));
  }

  u8(name: string): Uint8Array {
    return this.section(name, 'u8', 1, (buffer, offset, length) => new Uint8Array(buffer, offset, length));
  }

  private section<T>(
    name: string,
    kind: Kind,
    width: number,
    make: (buffer: ArrayBufferLike, offset: number, length: number) => T,
  ): T {
    const place = this.places[name];
    if (!place || place[0] !== kind) throw new PackError(`snapshot section ${name} is missing`);
    const offset = this.bytes.byteOffset + this.start + place[1];
    if (this.start + place[1] + place[2] * width > this.bytes.byteLength) {
      throw new PackError(`snapshot section ${name} is truncated`);
    }
    return make(this.bytes.buffer, offset, place[2]);
  }
}

/** The arrays one after another. */
export function concat(arrays: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
