// Preloaded (node --require) into the `flinksql run` children of bench/engine.mjs: at exit, the
// process's peak resident set (KB) and its own CPU time (user + system, ms) on stderr.
process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeSync(2, `\nbench-rss-kb ${u.maxRSS} bench-cpu-ms ${((u.userCPUTime + u.systemCPUTime) / 1000).toFixed(1)}\n`);
});
