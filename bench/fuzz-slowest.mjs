#!/usr/bin/env node
// The fuzz inputs that take parse() longest (the fuzz test checks only that it never throws).
// usage: node bench/fuzz-slowest.mjs [--runs N] [--seed S] [--top K] [--limit-ms MS]
// Same generators and default seed as test/fuzz. Every input is parsed once (warm JIT); the
// slowest 3K are parsed 5 more times and keep their minimum, so that a busy machine's
// scheduling does not pass for a slow input; prints the slowest K with their kind, size and a
// preview, and how many exceed the limit (100 ms) after re-timing.
import fc from 'fast-check';
import { parse } from '../engine/syntax/parse.ts';
import { FUZZ_SEED, fuzzKinds } from '../test/fuzz/inputs.ts';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const runs = arg('--runs', 2000), seed = arg('--seed', FUZZ_SEED), top = arg('--top', 10), limit = arg('--limit-ms', 100);

for (let i = 0; i < 50; i++) parse('SELECT a, b FROM t WHERE c > 1 GROUP BY a'); // warm up the JIT
const timings = [];
for (const { name, arbitrary } of fuzzKinds()) {
  const inputs = fc.sample(arbitrary, { seed, numRuns: runs });
  process.stdout.write(`fuzz-slowest: parsing ${inputs.length} ${name} inputs (seed ${seed})...\n`);
  for (const text of inputs) {
    const t0 = performance.now();
    parse(text);
    timings.push({ kind: name, ms: performance.now() - t0, text });
  }
}
timings.sort((a, b) => b.ms - a.ms);
const total = timings.reduce((s, t) => s + t.ms, 0);
const candidates = timings.slice(0, top * 3);
for (const t of candidates) {
  t.firstMs = t.ms;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    parse(t.text);
    t.ms = Math.min(t.ms, performance.now() - t0);
  }
}
candidates.sort((a, b) => b.ms - a.ms);
timings.splice(0, candidates.length, ...candidates);
const over = candidates.filter((t) => t.ms > limit).length;
const preview = (s) => JSON.stringify(s.length > 70 ? s.slice(0, 70) + '…' : s);
console.log(`\n${timings.length} inputs, ${total.toFixed(0)} ms in parse(), mean ${(total / timings.length).toFixed(3)} ms; ${over} over ${limit} ms (best of 6)`);
console.log(`slowest ${top} (best of 6 runs; first run in brackets):`);
console.log('  ms        (first)   kind      chars  input');
for (const t of timings.slice(0, top)) {
  console.log(`  ${t.ms.toFixed(2).padStart(8)}  ${('(' + t.firstMs.toFixed(1) + ')').padStart(8)}  ${t.kind.padEnd(8)}  ${String(t.text.length).padStart(5)}  ${preview(t.text)}`);
}
process.exitCode = 0;
