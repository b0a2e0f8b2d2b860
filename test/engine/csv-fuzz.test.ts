// Fuzz the CSV and JSON readers: random and mutated files either read or fail with a SourceError
// (file:line:column), never another exception, never a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { csvSource, jsonSource, SourceError } from '../../engine/connectors/sources.ts';
import { INT, STRING, TIMESTAMP, t } from '../../engine/types/types.ts';

const cols = [
  { name: 'id', type: INT() },
  { name: 's', type: STRING() },
  { name: 'ts', type: TIMESTAMP(3) },
  { name: 'd', type: t('DECIMAL', true, { precision: 10, scale: 2 }) },
];
const seedCsv = 'id,s,ts,d\n1,a,2024-05-01 10:00:00,1.50\n2,"b,c",2024-05-01 10:00:05.250,\n3,"x""y",2024-05-01 10:01:00,7\n';

async function drain(make: () => ReturnType<typeof csvSource>): Promise<void> {
  let src;
  try {
    src = make();
    while (await src.next()) { /* read all */ }
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
  } finally {
    src?.close();
  }
}

test('csv and json readers never throw anything but SourceError', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'flinksql-fuzz-'));
  try {
    const file = join(dir, 'f.csv');
    const mutated = fc.tuple(fc.nat(seedCsv.length), fc.string({ maxLength: 6 }), fc.nat(4)).map(([i, s, del]) => seedCsv.slice(0, i) + s + seedCsv.slice(i + del));
    const text = fc.oneof(fc.string({ maxLength: 200 }), mutated, fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', 'a', '1', '-', ':', ' ', '{', '}'), maxLength: 200 }));
    await fc.assert(fc.asyncProperty(text, fc.boolean(), async (content, ignore) => {
      writeFileSync(file, content);
      const opts: Record<string, string> = ignore ? { 'csv.ignore-parse-errors': 'true', 'json.ignore-parse-errors': 'true' } : {};
      await drain(() => csvSource(file, 'f.csv', cols, opts));
      await drain(() => jsonSource(file, 'f.csv', cols, opts));
    }), { numRuns: 300, seed: 42 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.ok(true);
});
