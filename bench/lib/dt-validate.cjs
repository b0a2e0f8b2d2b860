// The anchor's side of bench/parser.mjs: dt-sql-parser's `new FlinkSQL().validate(text)` over
// the files given, as one process. usage: node dt-validate.cjs BUNDLE [--passes N] FILE...
// Prints one JSON object: per file the error count and the first error's 1-based line:col,
// and the milliseconds (wall and CPU) each pass over all files took inside the process.
const { readFileSync } = require('node:fs');
const [bundle, ...rest] = process.argv.slice(2);
let passes = 1;
if (rest[0] === '--passes') { passes = Number(rest[1]); rest.splice(0, 2); }
const { FlinkSQL } = require(bundle);
const parser = new FlinkSQL();
const texts = rest.map((f) => readFileSync(f, 'utf8'));
const passMs = [], passCpuMs = [];
let verdicts = [];
for (let p = 0; p < passes; p++) {
  const t0 = performance.now(), c0 = process.cpuUsage();
  verdicts = texts.map((t) => {
    const errors = parser.validate(t);
    return { errors: errors.length, first: errors.length ? `${errors[0].startLine}:${errors[0].startColumn}` : null };
  });
  passMs.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  passCpuMs.push((c.user + c.system) / 1000);
}
process.stdout.write(JSON.stringify({ verdicts, passMs, passCpuMs }) + '\n');
