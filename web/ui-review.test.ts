/** @module web/ui-review.test — every screenshot the UI review (docs/ui-review.md) names is one the browser suite still takes. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const review = readFileSync(new URL('../docs/ui-review.md', import.meta.url), 'utf8');
const e2e = new URL('./e2e/', import.meta.url);

/** The names the suite saves, as patterns: `screenshot(page, \`page-${x}-${name}\`)` → /^page-.+-.+$/. */
function taken(): RegExp[] {
  const patterns: RegExp[] = [];
  for (const file of readdirSync(e2e).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, e2e), 'utf8');
    for (const m of source.matchAll(/screenshot\(\s*page,\s*(['`])(.+?)\1/g)) {
      const body = m[2]
        .split(/\$\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('.+');
      patterns.push(new RegExp(`^${body}$`));
    }
  }
  return patterns;
}

describe('docs/ui-review.md', () => {
  // Table rows name one or more images in their first cell: "| a.png, b.png | …".
  const named = [
    ...new Set(
      review
        .split('\n')
        .filter((line) => line.startsWith('| ') && line.includes('.png'))
        .flatMap((line) => line.split('|')[1].match(/[\w-]+(?=\.png)/g) ?? []),
    ),
  ];
  const patterns = taken();

  it('names the screenshots it reviewed', () => {
    expect(named.length).toBeGreaterThan(30);
    expect(patterns.length).toBeGreaterThan(10);
  });

  it.each(named)('%s.png is still taken by the browser suite', (name) => {
    expect(patterns.some((p) => p.test(name))).toBe(true);
  });
});
