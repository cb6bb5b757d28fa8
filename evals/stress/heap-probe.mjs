/**
 * Preloaded into a server under load (`NODE_OPTIONS='--expose-gc --import …/heap-probe.mjs'`): on SIGUSR2 it runs a
 * full collection and prints what stays reachable. A leak check reads this rather than RSS alone, which also holds
 * what V8 and the allocator reserved under the last burst of connections and may keep without leaking.
 */
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const { heapUsed, external, rss } = process.memoryUsage();
  process.stderr.write(
    `[heap-probe] ${JSON.stringify({ heapUsed, external, rss, collected: Boolean(globalThis.gc) })}\n`,
  );
});
