/** @module briefing/test-unzip — the entries of a DOCX the tests wrote, by name (through fflate). */
import { unzipSync } from 'fflate';

/** Every entry of a ZIP archive, by name. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, Buffer.from(data)]));
}
