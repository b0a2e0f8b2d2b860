// Regenerates test/engine/data/java-math.txt.gz from Java (test/flink/probes/JavaMath.java, JDK 17 as
// Flink runs here): java.lang.Math's results on a fixed input set, so that test/engine/java-math.test.ts
// checks the engine's math functions bit for bit without Java.
// File (gzip, text): `U <hex>` unary inputs, `P <hex> <hex>` POWER/ATAN2 input pairs (raw bits), then per
// function `F <name>` and one line per input (POWER: always the hex; V8's Math.pow changed between Node 20
// and 24, 27,897 vs 30,037 of the 30,068 pairs agree with Java): `=` where Java's result has the bits of V8's Math.<name> (toDegrees/toRadians: x * 57.29577951308232, x * 0.017453292519943295)
// (fdlibm) on that input (or both are NaN), else Java's raw bits in hex. So the file also says how often V8 and Java differ.
// Usage: node test/flink/java-math.mjs [--from probe-output.txt]   (`--stats`: print the agreement only)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const from = process.argv.indexOf('--from');
const text = from > 0 ? readFileSync(process.argv[from + 1], 'utf8')
  : execFileSync('flock', ['/tmp/flink.lock', 'java', 'test/flink/probes/JavaMath.java'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const f64 = new Float64Array(1); const u64 = new BigUint64Array(f64.buffer);
const num = (h) => { u64[0] = BigInt('0x' + h); return f64[0]; };
const hex = (x) => { f64[0] = x; return u64[0].toString(16); };
const v8 = { sin: Math.sin, cos: Math.cos, tan: Math.tan, exp: Math.exp, log: Math.log, log10: Math.log10, sinh: Math.sinh,
  cosh: Math.cosh, tanh: Math.tanh, asin: Math.asin, acos: Math.acos, atan: Math.atan, cbrt: Math.cbrt, atan2: Math.atan2, pow: Math.pow,
  // toDegrees/toRadians: JDK 17's own formula (x times a constant); the engine had x * 180 / Math.PI, Math.PI / 180
  toDegrees: (x) => x * 57.29577951308232, toRadians: (x) => x * 0.017453292519943295 };
const out = [`# node ${process.versions.node}`]; const us = []; const ps = []; let fn = null; let i = 0; const stats = [];
for (const line of text.split('\n')) {
  if (!line) continue;
  if (line.startsWith('U ')) { us.push(num(line.slice(2))); out.push(line); continue; }
  if (line.startsWith('P ')) { const [, a, b] = line.split(' '); ps.push([num(a), num(b)]); out.push(line); continue; }
  if (line.startsWith('F ')) { fn = line.slice(2); i = 0; stats.push({ fn, same: 0, n: 0 }); out.push(line); continue; }
  const pair = fn === 'pow' || fn === 'atan2';
  const ours = pair ? v8[fn](...ps[i]) : v8[fn](us[i]);
  i++;
  const same = hex(ours) === line || (Number.isNaN(ours) && Number.isNaN(num(line))); const s = stats[stats.length - 1]; s.n++; if (same) s.same++;
  out.push(same && fn !== 'pow' ? '=' : line);
}
for (const s of stats) console.log(`${s.fn.padEnd(6)} V8 Math.${s.fn} = Java on ${s.same}/${s.n}`);
if (!process.argv.includes('--stats')) {
  const file = `${root}test/engine/data/java-math.txt.gz`;
  writeFileSync(file, gzipSync(out.join('\n') + '\n', { level: 9 }));
  console.log(`wrote ${file}`);
}
