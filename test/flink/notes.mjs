// Regenerates the case list of test/cases/NOTES.md: one line per case folder with what it covers
// (the first comment line of its query.sql) and where its expectation comes from. Everything
// above the "## Cases" heading is kept as written. Usage: node test/flink/notes.mjs
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const dir = join(root, 'test/cases');
const notesFile = join(dir, 'NOTES.md');
const R = 'flink-table-runtime o.a.f.table.runtime.operators';
// Where the behaviour is explained: Flink source (2.3.0) or docs, by case-name prefix.
const refs = [
  ['reject-', 'the planner/validator message quoted in expected.txt'],
  ['agg-grouping-sets', `planner Expand + ${R}.aggregate.GroupAggFunction; docs queries/group-agg.md (GROUPING SETS)`],
  ['agg-rollup', `planner Expand + GroupAggFunction; docs queries/group-agg.md (ROLLUP)`],
  ['agg-cube', `planner Expand + GroupAggFunction; docs queries/group-agg.md (CUBE)`],
  ['agg-', `${R}.aggregate.GroupAggFunction (first +I, -U/+U, nothing when unchanged, -D when the count reaches 0); docs queries/group-agg.md`],
  ['values-aggregate', `StreamExecValues + GroupAggFunction`],
  ['values-', 'StreamExecValues; docs queries/select.md (VALUES)'],
  ['join-', `${R}.join.stream.StreamingJoinOperator (outer joins pad with NULL and retract with -D); docs queries/joins.md`],
  ['self-join', `StreamingJoinOperator; table.optimizer.reuse-source-enabled (one scan feeds both sides)`],
  ['semi-join', `${R}.join.stream.StreamingSemiAntiJoinOperator; docs queries/joins.md`],
  ['anti-join', `${R}.join.stream.StreamingSemiAntiJoinOperator (anti join retracts with -D); docs queries/joins.md`],
  ['union-distinct', 'UNION = GroupAggregate over UNION ALL; docs queries/set-ops.md'],
  ['union-', 'docs queries/set-ops.md'],
  ['unnest-', `${R}.correlate (UNNEST as a correlate); docs queries/joins.md (Array Expansion)`],
  ['window-top-n', `${R}.rank.window.WindowRankOperator; docs queries/window-topn.md`],
  ['window-dedup', `${R}.deduplicate.window (window deduplication); docs queries/window-deduplication.md`],
  ['window-join', `${R}.join.window.WindowJoinOperator; docs queries/window-join.md`],
  ['window-session', `${R}.window.tvf.unslicing (session windows); docs queries/window-tvf.md`],
  ['window-tvf-columns', 'docs queries/window-tvf.md (window_time = window_end - 1 ms)'],
  ['window-', `${R}.window.tvf.slicing.SlicingWindowOperator (fires when the watermark reaches window_end - 1 ms, late rows dropped); docs queries/window-agg.md`],
  ['group-window-legacy', `${R}.window.groupwindow (legacy group window); docs queries/window-agg.md (Group Window Aggregation)`],
  ['interval-join', `${R}.join.interval.RowTimeIntervalJoin (late rows dropped, padding emitted on watermark); docs queries/joins.md`],
  ['over-', `${R}.over.RowTime*PrecedingFunction (rows sorted by time on watermark, late rows dropped); docs queries/over-agg.md`],
  ['order-by-rowtime', `${R}.sort.RowTimeSortOperator; docs queries/orderby.md`],
  ['topn-', `${R}.rank (AppendOnlyTopNFunction / RetractableTopNFunction / FastTop1Function); docs queries/topn.md`],
  ['limit-', `StreamExecLimit (a Top-N without order); docs queries/limit.md`],
  ['match-', 'StreamExecMatch, flink-cep CepOperator / NFA / NFACompiler, AfterMatchSkipStrategy; docs queries/match_recognize.md'],
  ['dedup-', `${R}.deduplicate (ProcTimeDeduplicateKeep*RowFunction, RowTimeDeduplicateFunction); docs queries/deduplication.md`],
  ['temporal-join', `${R}.join.temporal.TemporalRowTimeJoinOperator; docs queries/joins.md (Event Time Temporal Join)`],
  ['sink-upsert-kafka', 'UpsertKafkaDynamicTableFactory + DynamicKafkaRecordSerializationSchema (UB/D become tombstones) + planner SinkUpsertMaterializer / ON CONFLICT'],
  ['sink-kafka', 'KafkaDynamicSink (append-only); docs connectors/table/kafka.md'],
  ['sink-filesystem', 'FileSystemTableSink (append-only); docs connectors/table/filesystem.md'],
  ['sink-print', 'PrintTableSinkFactory (consumes the retract stream); docs connectors/table/print.md'],
  ['sink-blackhole', 'BlackHoleTableSinkFactory; docs connectors/table/blackhole.md'],
  ['insert-column-list', 'docs sql/insert.md (column list)'],
  ['set-mini-batch', `${R}.aggregate.MiniBatchGroupAggFunction; docs dev/table/tuning.md (MiniBatch Aggregation)`],
  ['set-', 'SQL client / gateway SET; docs config.md'],
  ['datagen-', 'DataGenTableSourceFactory (sequence generator); docs connectors/table/datagen.md'],
  ['null-concat', 'docs functions/systemFunctions.md (string functions, NULL handling)'],
  ['computed-column', 'planner PushProjectIntoTableSourceScanRule (computed columns are a Project over the scan, trimmed when unread); docs sql/create.md (computed columns)'],
  ['csv-', 'flink-csv CsvRowDataDeserializationSchema; docs connectors/table/formats/csv.md'],
  ['json-value', 'docs functions/systemFunctions.md (JSON functions)'],
  ['json-', 'flink-json JsonRowDataDeserializationSchema; docs connectors/table/formats/json.md'],
  ['cast-', 'docs types.md (CAST / TRY_CAST)'],
  ['views-and-with', 'docs sql/create.md (CREATE VIEW), queries/with.md'],
  ['create-table-', 'flink-sql-parser (a column name is a CompoundIdentifier; the converter keeps SqlIdentifier.getSimple()); docs sql/create.md'],
  ['', 'docs functions/systemFunctions.md'],
];

const head = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').split('\n## Cases')[0].trimEnd() : '# Changelog cases';
const lines = [];
for (const name of readdirSync(dir).sort()) {
  const d = join(dir, name);
  if (!statSync(d).isDirectory()) continue;
  const sql = readFileSync(join(d, 'query.sql'), 'utf8');
  const what = (/^--\s*(.*)$/m.exec(sql)?.[1] ?? '').trim();
  const ref = refs.find(([p]) => name.startsWith(p))[1];
  const kind = existsSync(join(d, 'expected.txt')) ? 'Flink 2.3.0 run' : 'Flink 2.3.0 run, final table only (order not determined)';
  lines.push(`- \`${name}\`: ${what} [${kind}; ${ref}]`);
}
writeFileSync(notesFile, `${head}\n\n## Cases\n\n${lines.join('\n')}\n`);
console.log(`${lines.length} cases listed in ${notesFile}`);
