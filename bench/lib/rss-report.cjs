// Preloaded (node --require) into the `flinksql run` children of bench/engine.mjs: at exit, the
// process's peak resident set (KB) and its own CPU time (user + system, ms) on stderr.
// Preloaded into worker threads too (the csv scan worker): only the main thread reports.
if (require('node:worker_threads').isMainThread) process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeSync(2, `\nbench-rss-kb ${u.maxRSS} bench-cpu-ms ${((u.userCPUTime + u.systemCPUTime) / 1000).toFixed(1)}\n`);
});
