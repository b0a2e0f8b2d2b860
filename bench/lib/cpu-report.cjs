// Preloaded (node --require) into both sides of bench/parser.mjs: at exit, the process's own CPU
// time (user + system, from its start, so including Node's bootstrap) on stderr. On a shared
// machine this is steadier than wall time.
process.on('exit', () => {
  const u = process.cpuUsage();
  require('node:fs').writeSync(2, `\nbench-cpu-ms ${((u.user + u.system) / 1000).toFixed(1)}\n`);
});
