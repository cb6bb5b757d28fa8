/** @module ingest/load/ocr/run-command — runs an external program without a shell and returns its standard output. */
import { execFile } from 'node:child_process';

/** Runs `command` with `args` (no shell) and resolves to its stdout; rejects with the child error (code `ENOENT` when the program is missing). */
export type CommandRunner = (command: string, args: readonly string[]) => Promise<string>;

/**
 * A runner over `execFile`. `env` replaces the environment of the child (tests give a PATH
 * without the tools); by default the child inherits this process's.
 * @example await commandRunner()('tesseract', ['--list-langs'])
 */
export function commandRunner(options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): CommandRunner {
  return (command, args) =>
    new Promise((resolve, reject) => {
      execFile(
        command,
        [...args],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          timeout: options.timeoutMs ?? 10 * 60_000,
          ...(options.env ? { env: options.env } : {}),
        },
        (err, stdout, stderr) => {
          if (err) {
            const detail = stderr.trim().split('\n').slice(-2).join(' ');
            if (detail && !err.message.includes(detail)) err.message = `${err.message}: ${detail}`;
            reject(err);
          } else resolve(stdout);
        },
      );
    });
}

/** The runner used when none is given. */
export const defaultRunner: CommandRunner = commandRunner();
