// Fuzz inputs for the lexer and parser, shared by the fuzz test (no throw) and
// bench/fuzz-slowest.mjs (which inputs take longest). Three kinds:
//   random   arbitrary strings (full Unicode, control characters, line breaks)
//   soup     random sequences of Flink SQL tokens: keywords, types, functions, names,
//            literals, operators, hints, comments, broken quotes
//   mutated  docs corpus statements with spans deleted, duplicated, inserted or swapped
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const corpusDir = new URL('../../../shared/corpus/flink-docs/default/', import.meta.url).pathname;

export function corpusStatements(): string[] {
  return readdirSync(corpusDir).filter((f) => f.endsWith('.sql')).sort()
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
}

/** Every distinct word, number, quoted item and operator of the corpus, plus hand-made tricky tokens. */
export function vocabulary(statements: string[]): string[] {
  const words = new Set<string>();
  const re = /`[^`]*`|'(?:[^']|'')*'|"[^"]*"|[A-Za-z_][A-Za-z0-9_$]*|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\/\*\+|\*\/|<>|<=|>=|!=|\|\||=>|->|::|[^\sA-Za-z0-9_]/g;
  for (const s of statements) for (const m of s.matchAll(re)) words.add(m[0]);
  for (const t of TRICKY) words.add(t);
  return [...words].sort();
}

const TRICKY = [
  "'", '`', '"', "'it''s'", "''", "'unterminated", '`unterminated', '/*', '/* open comment', '*/',
  '/*+', '/*+ OPTIONS(', "/*+ OPTIONS('k'='v') */", '--', '-- comment\n', '\n', '\r\n', '\r', '\t',
  "X'0F'", "x'", "N'abc'", "U&'\\0041'", '_UTF8\'x\'', '1e', '1e+', '.5', '5.', '1.2.3', '0x1F',
  "INTERVAL '1' DAY", "INTERVAL '1-2' YEAR TO MONTH", "TIMESTAMP '2024-01-01 00:00:00'", 'DATE',
  'ROW<a INT, b ARRAY<STRING>>', 'MAP<STRING, INT>', 'MULTISET<INT>', 'TIMESTAMP_LTZ(3)',
  'WITH LOCAL TIME ZONE', '$0', '?', '{', '}', '[', ']', '😀', 'é', '\u0000', '\uFEFF', '\\',
  ';', ';;', 'EXECUTE STATEMENT SET BEGIN', 'END', 'MATCH_RECOGNIZE (', 'PATTERN (A B+ C?)',
  'TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL \'5\' MINUTES))', 'ON CONFLICT DO NOTHING',
  'FOR SYSTEM_TIME AS OF', 'LATERAL TABLE(', 'UNNEST(', 'GROUPING SETS ((', 'r => TABLE t PARTITION BY k',
];

const LINE_BREAKS = ['\n', '\r\n', '\r'];

/** Arbitrary text: ASCII-heavy with Unicode and control characters. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.array(fc.constantFrom(...'SELECT FROM WHERE ()\'`"*/+-;,.=<>|\n\r\t0123456789abcxyz_$'), { maxLength: 200 }).map((a) => a.join('')),
);

export function tokenSoup(vocab: string[]): fc.Arbitrary<string> {
  const sep = fc.constantFrom(' ', ' ', ' ', '', ...LINE_BREAKS, '  ', '\t');
  return fc.array(fc.tuple(fc.constantFrom(...vocab), sep), { minLength: 1, maxLength: 80 })
    .map((parts) => parts.map(([t, s]) => t + s).join(''));
}

/** A corpus statement (or several joined by `;`) after 1-4 span edits. */
export function mutated(statements: string[], vocab: string[]): fc.Arbitrary<string> {
  const base = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...statements) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...statements), { minLength: 2, maxLength: 4 }).map((a) => a.join(';\n')) },
  );
  const edit = fc.tuple(
    fc.constantFrom('delete', 'duplicate', 'insert', 'swap', 'truncate'),
    fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(...vocab),
  );
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([text, edits]) => {
    let s = text;
    for (const [kind, a0, b0, c0, token] of edits) {
      const n = s.length + 1;
      const a = a0 % n, b = a + ((b0 % 40) % (n - a)), c = c0 % n;
      if (kind === 'delete') s = s.slice(0, a) + s.slice(b);
      else if (kind === 'duplicate') s = s.slice(0, c) + s.slice(a, b) + s.slice(c);
      else if (kind === 'insert') s = s.slice(0, a) + ' ' + token + ' ' + s.slice(a);
      else if (kind === 'truncate') s = s.slice(0, a);
      else if (c >= b) s = s.slice(0, a) + s.slice(b, c) + s.slice(a, b) + s.slice(c);
      else if (c <= a) s = s.slice(0, c) + s.slice(a, b) + s.slice(c, a) + s.slice(b);
    }
    return s;
  });
}

/** The fuzz kinds with their arbitraries, built once. */
export function fuzzKinds(): { name: string; arbitrary: fc.Arbitrary<string> }[] {
  const statements = corpusStatements();
  const vocab = vocabulary(statements);
  return [
    { name: 'random', arbitrary: randomText },
    { name: 'soup', arbitrary: tokenSoup(vocab) },
    { name: 'mutated', arbitrary: mutated(statements, vocab) },
  ];
}

/** Fixed seed so a CI failure repeats; FUZZ_SEED / FUZZ_RUNS change it for a longer local run. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 400);
