/**
 * @module ingest/cli
 * `npm run ingest -- <files or folders...>`: ingests documents into the configured store with a
 * progress bar, prints a summary, and exits non-zero when any file failed.
 */
import cliProgress from 'cli-progress';
import { loadConfig } from '../core/config.ts';
import { openServices } from '../app/services.ts';
import { collectFiles } from './collect-files.ts';
import { ingestFiles } from './ingest-files.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help')) {
    console.log(
      'usage: npm run ingest -- <file or folder> [...]\n  VANKIEN_DATA selects the store folder; DATABASE_URL a PostgreSQL server.',
    );
    return args.length === 0 ? 2 : 0;
  }
  const config = loadConfig();
  const files = collectFiles(args);
  if (files.length === 0) {
    console.error(`no .txt, .pdf or .docx files under ${args.join(', ')}: nothing to ingest`);
    return 2;
  }
  const services = await openServices(config);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'ingesting [{bar}] {value}/{total} {file}', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(files.length, 0, { file: '' });
  try {
    const outcomes = await ingestFiles(files, {
      db: services.db,
      indexer: services.indexer,
      load: { maxBytes: config.VANKIEN_MAX_FILE_MB * 1024 * 1024 },
      onProgress: (done, total, file) => {
        if (bar) bar.update(done, { file });
        else console.error(`[${done}/${total}] ${file}`);
      },
    });
    bar?.stop();
    const count = (s: string) => outcomes.filter((o) => o.status === s).length;
    const clauses = outcomes.reduce((n, o) => n + (o.clauses ?? 0), 0);
    console.log(
      `${files.length} files: ${count('ingested')} ingested (${clauses} clauses), ${count('unchanged')} unchanged, ${count('failed')} failed`,
    );
    for (const o of outcomes) {
      for (const w of o.warnings ?? []) console.log(`  warning ${o.file}: ${w}`);
      if (o.error) console.log(`  FAILED ${o.file} [${o.error.code}]: ${o.error.message}`);
    }
    return count('failed') > 0 ? 1 : 0;
  } finally {
    await services.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
