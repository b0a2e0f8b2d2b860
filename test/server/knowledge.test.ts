// engine/knowledge/connectors.ts: option validation as Flink's FactoryUtil reports it, with no
// false error on the docs corpus's tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateTableOptions, didYouMean, findOption, knownOptionKeys } from '../../engine/knowledge/connectors.ts';
import { buildModel } from '../../server/model.ts';
import { ROOT } from './lsp-client.ts';

const v = (o: Record<string, string>) => validateTableOptions(o).map((p) => `${p.kind}${p.key ? ' ' + p.key : ''}${p.suggestion ? ' -> ' + p.suggestion : ''}`);

test('missing connector, unknown connector, missing required options', () => {
  assert.deepEqual(v({ path: 'x' }), ['missing-connector']);
  assert.deepEqual(v({ connector: 'kafak' }), ['unknown-connector connector -> kafka']);
  assert.deepEqual(v({ connector: 'mysql-cdc', hostname: 'h' }), ['unknown-connector connector']);
  assert.deepEqual(v({ connector: 'filesystem', path: '/tmp' }), ['missing-required']);
  assert.equal(validateTableOptions({ connector: 'filesystem', path: '/tmp' })[0]!.message, 'One or more required options are missing.\n\nMissing required options are:\n\nformat');
  assert.deepEqual(validateTableOptions({ connector: 'kafka' })[0]!.missing, ['properties.bootstrap.servers', 'format | value.format', 'topic | topic-pattern']);
  assert.deepEqual(validateTableOptions({ connector: 'upsert-kafka', topic: 't', 'properties.bootstrap.servers': 'b', 'value.format': 'json' })[0]!.missing, ['key.format']);
});

test('unknown keys with did-you-mean, bad enum / boolean / duration values', () => {
  assert.deepEqual(v({ connector: 'datagen', 'rows-per-secnd': '5' }), ['unknown-key rows-per-secnd -> rows-per-second']);
  assert.deepEqual(v({ connector: 'datagen', 'fields.id.kind': 'sequense', 'fields.id.start': '1' }), ['bad-value fields.id.kind -> sequence']);
  assert.deepEqual(v({ connector: 'kafka', topic: 't', 'properties.bootstrap.servers': 'b', format: 'json', 'scan.startup.mode': 'earliest', 'json.ignore-parse-errors': 'yes' }), ['bad-value scan.startup.mode -> earliest-offset', 'bad-value json.ignore-parse-errors']);
  assert.deepEqual(v({ connector: 'filesystem', path: 'p', format: 'csv', 'source.monitor-interval': '10 s', 'csv.field-delimiter': ';', 'csv.allow-coments': 'true' }), ['unknown-key csv.allow-coments -> csv.allow-comments']);
  assert.deepEqual(v({ connector: 'filesystem', path: 'p', format: 'csv', 'source.monitor-interval': 'often' }), ['bad-value source.monitor-interval']);
  assert.deepEqual(v({ connector: 'kafka', topic: 't', 'properties.bootstrap.servers': 'b', 'key.format': 'csv', 'key.csv.field-delimiter': '|', 'value.format': 'avro', 'value.avro.encoding': 'json', 'properties.any.thing': '1' }), []);
  // Flink 2.3.0: kafka's avro format takes avro.encoding and avro.timestamp_mapping.legacy only;
  // avro.codec belongs to the filesystem's avro writer (test/flink verdicts).
  assert.deepEqual(v({ connector: 'kafka', topic: 't', 'properties.bootstrap.servers': 'b', 'value.format': 'avro', 'value.avro.codec': 'snappy' }), ['unknown-key value.avro.codec -> value.avro.encoding']);
  assert.deepEqual(v({ connector: 'filesystem', path: 'p', format: 'avro', 'avro.codec': 'snappy', 'avro.whatever': 'x' }), []);
  assert.equal(didYouMean('zzzzzz', ['topic']), undefined);
  assert.equal(findOption('kafka', 'value.json.fail-on-missing-field', { 'value.format': 'json' })?.type, 'boolean');
  assert.ok(knownOptionKeys('upsert-kafka').some((o) => o.key === 'key.format'));
});

test('no false problem on the docs corpus tables of connectors we know completely', () => {
  const dir = join(ROOT, '../shared/corpus/flink-docs/default');
  const problems: string[] = [];
  let tables = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sql'))) {
    const model = buildModel(readFileSync(join(dir, f), 'utf8'));
    for (const d of model.decls) {
      if (d.kind !== 'table' || d.options.length === 0) continue;
      const o = Object.fromEntries(d.options.map((x) => [x.key, x.value]));
      if (!o['connector'] || o['connector'] === '...' || /\.\.\./.test(Object.values(o).join(''))) continue;
      tables++;
      for (const p of validateTableOptions(o)) if (p.kind !== 'unknown-connector' && p.kind !== 'missing-required') problems.push(`${f}: ${p.kind} ${p.key ?? ''}`);
    }
  }
  assert.ok(tables > 40, `tables checked: ${tables}`);
  assert.deepEqual(problems, []);
});

test('format values are open (a format jar may add one); connector-specific enums are closed', () => {
  assert.deepEqual(v({ connector: 'filesystem', path: 'p', format: 'my-format' }), []);
  assert.deepEqual(v({ connector: 'kafka', topic: 't', 'properties.bootstrap.servers': 'b', 'value.format': 'protobuf-confluent', 'value.fields-include': 'SOME' }), ['bad-value value.fields-include']);
});
