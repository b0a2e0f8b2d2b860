// ns per call of the engine's java.lang.Math functions (engine/analysis/functions/java-math.ts) beside
// V8's Math.* (the anchor, fdlibm) on typical SQL values: x/100 in -1000..1000 (POWER: x^(k/8)).
import { javaCos, javaExp, javaLog, javaLog10, javaPow, javaSin, javaTan, exactMath } from '../engine/analysis/functions/java-math.ts';

const N = 200_000;
const xs = Float64Array.from({ length: N }, (_, i) => ((i * 7919) % 200001 - 100000) / 100 || 0.5);
const pos = xs.map(Math.abs).map((x) => x || 1);
const ys = Float64Array.from({ length: N }, (_, i) => ((i * 31) % 161 - 80) / 8);
function time(f, input, input2) {
  let s = 0; const t0 = process.hrtime.bigint();
  if (input2) for (let i = 0; i < N; i++) s += f(input[i], input2[i]); else for (let i = 0; i < N; i++) s += f(input[i]);
  const ns = Number(process.hrtime.bigint() - t0) / N; return [ns, s];
}
const rows = [
  ['sin', javaSin, Math.sin, xs], ['cos', javaCos, Math.cos, xs], ['tan', javaTan, Math.tan, xs],
  ['exp', javaExp, Math.exp, xs.map((x) => x / 2)], ['log', javaLog, Math.log, pos], ['log10', javaLog10, Math.log10, pos],
  ['pow', javaPow, Math.pow, pos.map((x) => x / 10), ys],
];
for (const [name, ours, v8, input, input2] of rows) {
  for (let w = 0; w < 2; w++) { time(ours, input, input2); time(v8, input, input2); }
  const [a] = time(ours, input, input2); const [b] = time(v8, input, input2);
  const slowN = 2000; const t0 = process.hrtime.bigint();
  for (let i = 0; i < slowN; i++) input2 ? exactMath[name](input[i], input2[i]) : exactMath[name](input[i]);
  const c = Number(process.hrtime.bigint() - t0) / slowN;
  console.log(`${name.padEnd(6)} engine ${a.toFixed(0).padStart(5)} ns/call   V8 Math.${name} ${b.toFixed(0).padStart(3)} ns   exact BigInt path ${(c / 1000).toFixed(1)} us`);
}
