/** @module evals/chooser-paths — where the clause chooser's dev examples are stored (dump writes, training reads). */
import { resolve } from 'node:path';
import { ROOT } from './dev-options.ts';

export const CHOOSER_EXAMPLES = resolve(ROOT, 'evals', 'chooser', 'dev-examples.jsonl');
