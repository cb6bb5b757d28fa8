/**
 * @module scripts/check-layers
 * `npm run lint` part two: fails on an import that goes up a layer. Layers, bottom first:
 * core → ingest → lineage, search → answer → briefing, tools → api → app (composition root, entry points);
 * evals, web and scripts sit on top and may import anything. A folder may import its own files and
 * lower layers only; peers on one layer (lineage, search) may not import each other. Tests and
 * test fixtures are exempt: they may wire a real stack from above.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAYERS: Record<string, number> = {
  core: 0,
  ingest: 1,
  lineage: 2,
  search: 2,
  answer: 3,
  briefing: 4,
  tools: 4,
  api: 5,
  app: 6,
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g;

function isExempt(path: string): boolean {
  const name = path.split('/').pop() ?? '';
  return /\.test\.ts$/.test(name) || /^test-/.test(name) || path.includes('/fixtures/') || path.includes('/e2e/');
}

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

/** Upward or sideways imports, as `from → to` lines. */
export function layerViolations(root = ROOT): string[] {
  const out: string[] = [];
  for (const top of Object.keys(LAYERS)) {
    let files: string[];
    try {
      files = [...sources(join(root, top))];
    } catch {
      continue;
    }
    for (const file of files) {
      const rel = relative(root, file);
      if (isExempt(rel)) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const target = relative(root, resolve(dirname(file), m[1])).split('/')[0];
        if (target === top || !(target in LAYERS)) continue;
        if (LAYERS[target] >= LAYERS[top]) out.push(`${rel} imports ${m[1]} (${top} may not import ${target})`);
      }
    }
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = layerViolations();
  if (found.length) {
    console.error(`Imports that go up a layer (${found.length}):\n${found.map((f) => `  ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('layers: no import goes up a layer');
}
