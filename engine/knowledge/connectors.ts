// Connector and format options of Flink 2.3.0's SQL connectors: the ONE place that says which
// keys a `WITH (...)` clause may hold, which are required, and which values an option takes.
// The language server reads it for completion and hover; the analysis reads it for the
// connector-option diagnostics (missing required option, unknown key with did-you-mean, bad
// enum value, bad duration). Data only: no imports, no behaviour beyond small look-ups.
//
// Sources: each connector's `*Options` / `*ConnectorOptions` class in the Flink 2.3.0 code base
// (flink-connector-files FileSystemConnectorOptions, DataGenConnectorOptions, Kafka's
// KafkaConnectorOptions, ...), and the connector pages of the docs.

export type OptionValueKind = 'string' | 'int' | 'long' | 'boolean' | 'duration' | 'memory' | 'enum' | 'list' | 'map' | 'double';

export interface OptionSpec {
  /** The key, or a pattern with `#` for a field name (`fields.#.kind`). */
  key: string;
  type: OptionValueKind;
  required?: boolean;
  /** Allowed values for `enum` (compared case-insensitively, as Flink's ConfigOption enums). */
  values?: string[];
  /** The values are suggestions, not a closed set (formats: any format jar may add one). */
  open?: boolean;
  default?: string;
  description: string;
  /** A format option that only these connectors take (avro.codec: the filesystem's avro writer). */
  connectors?: string[];
}

export interface ConnectorSpec {
  name: string;
  description: string;
  /** Can be read (scan) / written (sink) / looked up. */
  source: boolean;
  sink: boolean;
  /** Changelog the sink accepts: append-only (`insert-only`) or upserts by primary key. */
  sinkChangelog?: 'insert-only' | 'upsert' | 'all';
  /** The connector needs a PRIMARY KEY (upsert-kafka). */
  requiresPrimaryKey?: boolean;
  /** A format is required: 'format' | 'key.format/value.format'. */
  format?: 'format' | 'value.format';
  options: OptionSpec[];
}

export interface FormatSpec {
  name: string;
  description: string;
  options: OptionSpec[];
}

const FORMAT_NAMES = ['csv', 'json', 'avro', 'avro-confluent', 'debezium-json', 'debezium-avro-confluent', 'canal-json', 'maxwell-json', 'ogg-json', 'raw', 'parquet', 'orc', 'protobuf'];

const kafkaCommon: OptionSpec[] = [
  { key: 'topic', type: 'list', description: 'Topic name(s) to read from or write to; a semicolon-separated list for sources. Either `topic` or `topic-pattern` is required for a source; `topic` for a sink.' },
  { key: 'topic-pattern', type: 'string', description: 'Regular expression for the topics to read from (source only); alternative to `topic`.' },
  { key: 'properties.bootstrap.servers', type: 'string', required: true, description: 'Comma-separated list of Kafka brokers.' },
  { key: 'properties.group.id', type: 'string', description: 'Consumer group id of the source; optional, a generated group id is used when absent.' },
  { key: 'properties.#', type: 'string', description: 'Any Kafka client property, e.g. `properties.allow.auto.create.topics`.' },
  { key: 'key.format', type: 'enum', values: FORMAT_NAMES, open: true, description: 'Format of the Kafka message key.' },
  { key: 'key.fields', type: 'list', description: 'Semicolon-separated physical columns stored in the message key, in order.' },
  { key: 'key.fields-prefix', type: 'string', description: 'Prefix of the key columns, to avoid name clashes with value columns.' },
  { key: 'value.format', type: 'enum', values: FORMAT_NAMES, open: true, description: 'Format of the Kafka message value; required unless `format` is set.' },
  { key: 'value.fields-include', type: 'enum', values: ['ALL', 'EXCEPT_KEY'], default: 'ALL', description: 'Whether the value also contains the key columns.' },
  { key: 'sink.partitioner', type: 'string', default: 'default', description: "Output partitioning: 'default', 'fixed', 'round-robin', or a FlinkKafkaPartitioner class name." },
  { key: 'sink.parallelism', type: 'int', description: 'Parallelism of the sink operator.' },
  { key: 'sink.transactional-id-prefix', type: 'string', description: 'Prefix of transactional ids for exactly-once delivery.' },
];

export const CONNECTORS: ConnectorSpec[] = [
  {
    name: 'kafka',
    description: 'Apache Kafka topic as an append-only stream (source and sink). A sink accepts only inserts: an updating query needs `upsert-kafka`.',
    source: true, sink: true, sinkChangelog: 'insert-only', format: 'value.format',
    options: [
      ...kafkaCommon,
      { key: 'format', type: 'enum', values: FORMAT_NAMES, open: true, description: 'Format of the message value (same as `value.format`). One of `format` / `value.format` is required.' },
      { key: 'scan.startup.mode', type: 'enum', values: ['earliest-offset', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'], default: 'group-offsets', description: 'Where the source starts reading.' },
      { key: 'scan.startup.specific-offsets', type: 'string', description: "Offsets per partition for 'specific-offsets', e.g. 'partition:0,offset:42;partition:1,offset:300'." },
      { key: 'scan.startup.timestamp-millis', type: 'long', description: "Start timestamp (epoch ms) for 'timestamp' startup mode." },
      { key: 'scan.bounded.mode', type: 'enum', values: ['unbounded', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'], default: 'unbounded', description: 'Where a bounded source stops.' },
      { key: 'scan.topic-partition-discovery.interval', type: 'duration', default: '5 min', description: 'Interval at which the source discovers new partitions.' },
      { key: 'sink.delivery-guarantee', type: 'enum', values: ['at-least-once', 'exactly-once', 'none'], default: 'at-least-once', description: 'Delivery guarantee of the sink.' },
    ],
  },
  {
    name: 'upsert-kafka',
    description: 'Kafka topic as a changelog of upserts keyed by the PRIMARY KEY: accepts updates and deletes (a delete is a tombstone). Requires a PRIMARY KEY ... NOT ENFORCED, `key.format` and `value.format`.',
    source: true, sink: true, sinkChangelog: 'upsert', requiresPrimaryKey: true, format: 'value.format',
    options: [
      { key: 'topic', type: 'string', required: true, description: 'Topic to read from and write to.' },
      { key: 'properties.bootstrap.servers', type: 'string', required: true, description: 'Comma-separated list of Kafka brokers.' },
      { key: 'properties.#', type: 'string', description: 'Any Kafka client property.' },
      { key: 'key.format', type: 'enum', values: FORMAT_NAMES, required: true, open: true, description: 'Format of the message key (the primary key columns).' },
      { key: 'key.fields-prefix', type: 'string', description: 'Prefix of the key columns.' },
      { key: 'value.format', type: 'enum', values: FORMAT_NAMES, required: true, open: true, description: 'Format of the message value.' },
      { key: 'value.fields-include', type: 'enum', values: ['ALL', 'EXCEPT_KEY'], default: 'ALL', description: 'Whether the value also contains the key columns.' },
      { key: 'sink.parallelism', type: 'int', description: 'Parallelism of the sink operator.' },
      { key: 'sink.buffer-flush.max-rows', type: 'int', default: '0', description: 'Rows buffered before a flush (0 disables buffering).' },
      { key: 'sink.buffer-flush.interval', type: 'duration', default: '0', description: 'Flush interval of the buffer (0 disables buffering).' },
    ],
  },
  {
    name: 'filesystem',
    description: 'Files in a directory (local or a distributed file system) in a format such as csv, json, parquet. The sink is append-only.',
    source: true, sink: true, sinkChangelog: 'insert-only', format: 'format',
    options: [
      { key: 'path', type: 'string', required: true, description: 'Path of the directory or file.' },
      { key: 'format', type: 'enum', values: ['csv', 'json', 'avro', 'parquet', 'orc', 'raw', 'debezium-json', 'canal-json', 'maxwell-json'], required: true, open: true, description: 'File format.' },
      { key: 'source.monitor-interval', type: 'duration', description: 'Interval at which the source looks for new files; unset reads the path once (bounded).' },
      { key: 'source.path.regex-pattern', type: 'string', description: 'Regular expression that the paths of files to read must match.' },
      { key: 'partition.default-name', type: 'string', default: '__DEFAULT_PARTITION__', description: 'Partition name for a null or empty partition value.' },
      { key: 'sink.rolling-policy.file-size', type: 'memory', default: '128 mb', description: 'Maximum part file size before rolling.' },
      { key: 'sink.rolling-policy.rollover-interval', type: 'duration', default: '30 min', description: 'Maximum time a part file stays open.' },
      { key: 'sink.rolling-policy.check-interval', type: 'duration', default: '1 min', description: 'Interval of rolling policy checks.' },
      { key: 'sink.partition-commit.trigger', type: 'enum', values: ['process-time', 'partition-time'], default: 'process-time', description: 'When a partition is committed.' },
      { key: 'sink.partition-commit.delay', type: 'duration', default: '0 s', description: 'Delay before a partition is committed.' },
      { key: 'sink.partition-commit.policy.kind', type: 'string', description: "Commit policies: 'metastore', 'success-file', 'custom', comma-separated." },
      { key: 'sink.parallelism', type: 'int', description: 'Parallelism of the sink operator.' },
      { key: 'auto-compaction', type: 'boolean', default: 'false', description: 'Merge small files at checkpoints.' },
      { key: 'compaction.file-size', type: 'memory', description: 'Target size of compacted files (default: the rolling file size).' },
      { key: 'compaction.parallelism', type: 'int', description: 'Parallelism of the compaction operator.' },
      { key: 'source.report-statistics', type: 'enum', values: ['NONE', 'ALL'], default: 'ALL', description: 'Whether the source reports statistics (row counts) to the planner.' },
      { key: 'sink.rolling-policy.inactivity-interval', type: 'duration', default: '30 min', description: 'A part file inactive for this long is rolled.' },
      { key: 'sink.shuffle-by-partition.enable', type: 'boolean', default: 'false', description: 'Shuffle rows by the dynamic partition fields before the sink.' },
      { key: 'partition.time-extractor.kind', type: 'enum', values: ['default', 'custom'], default: 'default', description: 'How a partition time is extracted from partition values.' },
      { key: 'partition.time-extractor.class', type: 'string', description: "Extractor class for the 'custom' time extractor." },
      { key: 'partition.time-extractor.timestamp-pattern', type: 'string', description: "Pattern building a timestamp from partition fields, e.g. '$dt $hour:00:00'." },
      { key: 'partition.time-extractor.timestamp-formatter', type: 'string', default: 'yyyy-MM-dd HH:mm:ss', description: 'Formatter of the extracted timestamp string.' },
      { key: 'sink.partition-commit.watermark-time-zone', type: 'string', default: 'UTC', description: 'Time zone to turn the TIMESTAMP_LTZ watermark into partition time.' },
      { key: 'sink.partition-commit.policy.class', type: 'string', description: "Class of the 'custom' commit policy." },
      { key: 'sink.partition-commit.policy.class.parameters', type: 'string', description: 'Parameters of the custom commit policy class, semicolon-separated.' },
      { key: 'sink.partition-commit.success-file.name', type: 'string', default: '_SUCCESS', description: "Name of the 'success-file' policy's file." },
    ],
  },
  {
    name: 'datagen',
    description: 'Generates random or sequential rows, unbounded unless `number-of-rows` is set. Source only.',
    source: true, sink: false,
    options: [
      { key: 'rows-per-second', type: 'long', default: '10000', description: 'Rows generated per second.' },
      { key: 'number-of-rows', type: 'long', description: 'Total rows to emit; unset means unbounded.' },
      { key: 'scan.parallelism', type: 'int', description: 'Parallelism of the source.' },
      { key: 'fields.#.kind', type: 'enum', values: ['random', 'sequence'], default: 'random', description: 'Generator of the field.' },
      { key: 'fields.#.min', type: 'string', description: 'Minimum value of a random generator.' },
      { key: 'fields.#.max', type: 'string', description: 'Maximum value of a random generator.' },
      { key: 'fields.#.max-past', type: 'duration', default: '0', description: 'Maximum past of a random timestamp relative to now.' },
      { key: 'fields.#.length', type: 'int', default: '100', description: 'Length of a random string / bytes / collection.' },
      { key: 'fields.#.var-len', type: 'boolean', default: 'false', description: 'Generate variable-length strings.' },
      { key: 'fields.#.start', type: 'string', description: 'Start of a sequence generator.' },
      { key: 'fields.#.end', type: 'string', description: 'End of a sequence generator.' },
      { key: 'fields.#.null-rate', type: 'double', default: '0', description: 'Proportion of null values.' },
    ],
  },
  {
    name: 'print',
    description: 'Prints every row with its change kind (+I, -U, +U, -D) to the task manager log / stdout. Sink only; accepts every changelog.',
    source: false, sink: true, sinkChangelog: 'all',
    options: [
      { key: 'print-identifier', type: 'string', description: 'Prefix of each printed line.' },
      { key: 'standard-error', type: 'boolean', default: 'false', description: 'Print to stderr instead of stdout.' },
      { key: 'sink.parallelism', type: 'int', description: 'Parallelism of the sink operator.' },
    ],
  },
  {
    name: 'blackhole',
    description: 'Swallows every row (for benchmarks). Sink only; accepts every changelog.',
    source: false, sink: true, sinkChangelog: 'all',
    options: [],
  },
  {
    name: 'jdbc',
    description: 'A table of a relational database over JDBC: scan, lookup, and an upsert sink when a PRIMARY KEY is declared (append otherwise).',
    source: true, sink: true, sinkChangelog: 'upsert',
    options: [
      { key: 'url', type: 'string', required: true, description: 'JDBC URL of the database.' },
      { key: 'table-name', type: 'string', required: true, description: 'Name of the table in the database.' },
      { key: 'driver', type: 'string', description: 'JDBC driver class name; derived from the URL when absent.' },
      { key: 'username', type: 'string', description: 'User name.' },
      { key: 'password', type: 'string', description: 'Password.' },
      { key: 'connection.max-retry-timeout', type: 'duration', default: '60 s', description: 'Maximum timeout between connection retries.' },
      { key: 'scan.partition.column', type: 'string', description: 'Column used to partition the scan.' },
      { key: 'scan.partition.num', type: 'int', description: 'Number of scan partitions.' },
      { key: 'scan.partition.lower-bound', type: 'long', description: 'Smallest value of the first partition.' },
      { key: 'scan.partition.upper-bound', type: 'long', description: 'Largest value of the last partition.' },
      { key: 'scan.fetch-size', type: 'int', default: '0', description: 'Rows fetched per round trip.' },
      { key: 'lookup.cache', type: 'enum', values: ['NONE', 'PARTIAL'], default: 'NONE', description: 'Cache strategy of lookup joins.' },
      { key: 'lookup.partial-cache.max-rows', type: 'long', description: 'Maximum rows of the lookup cache.' },
      { key: 'lookup.partial-cache.expire-after-write', type: 'duration', description: 'Time a cached row lives after it was written.' },
      { key: 'lookup.max-retries', type: 'int', default: '3', description: 'Retries of a failed lookup.' },
      { key: 'sink.buffer-flush.max-rows', type: 'int', default: '100', description: 'Rows buffered before a flush.' },
      { key: 'sink.buffer-flush.interval', type: 'duration', default: '1 s', description: 'Flush interval.' },
      { key: 'sink.max-retries', type: 'int', default: '3', description: 'Retries of a failed write.' },
      { key: 'sink.parallelism', type: 'int', description: 'Parallelism of the sink operator.' },
    ],
  },
  {
    name: 'hbase-2.2',
    description: 'An HBase 2.2 table (scan, lookup, upsert sink keyed by the row key).',
    source: true, sink: true, sinkChangelog: 'upsert',
    options: [
      { key: 'table-name', type: 'string', required: true, description: 'HBase table name.' },
      { key: 'zookeeper.quorum', type: 'string', required: true, description: 'ZooKeeper quorum of the HBase cluster.' },
      { key: 'zookeeper.znode.parent', type: 'string', default: '/hbase', description: 'Root znode of HBase.' },
      { key: 'null-string-literal', type: 'string', default: 'null', description: 'Representation of null strings.' },
      { key: 'sink.buffer-flush.max-size', type: 'memory', default: '2 mb', description: 'Buffer size before a flush.' },
      { key: 'sink.buffer-flush.max-rows', type: 'int', default: '1000', description: 'Rows buffered before a flush.' },
      { key: 'sink.buffer-flush.interval', type: 'duration', default: '1 s', description: 'Flush interval.' },
      { key: 'sink.parallelism', type: 'int', description: 'Parallelism of the sink operator.' },
      { key: 'lookup.async', type: 'boolean', default: 'false', description: 'Asynchronous lookups.' },
    ],
  },
  {
    name: 'elasticsearch-7',
    description: 'An Elasticsearch 7 index (sink; upserts when a PRIMARY KEY is declared).',
    source: false, sink: true, sinkChangelog: 'upsert',
    options: [
      { key: 'hosts', type: 'string', required: true, description: "Semicolon-separated hosts, e.g. 'http://host:9200'." },
      { key: 'index', type: 'string', required: true, description: 'Index of every row; may contain {field} and {field|date-format} placeholders.' },
      { key: 'document-id.key-delimiter', type: 'string', default: '_', description: 'Delimiter of composite document ids.' },
      { key: 'username', type: 'string', description: 'User name.' },
      { key: 'password', type: 'string', description: 'Password.' },
      { key: 'sink.bulk-flush.max-actions', type: 'int', default: '1000', description: 'Actions buffered per bulk request.' },
      { key: 'sink.bulk-flush.interval', type: 'duration', default: '1 s', description: 'Bulk flush interval.' },
      { key: 'format', type: 'string', default: 'json', description: 'Format of the documents.' },
    ],
  },
];

const csvOptions: OptionSpec[] = [
  { key: 'csv.field-delimiter', type: 'string', default: ',', description: 'Field delimiter character.' },
  { key: 'csv.disable-quote-character', type: 'boolean', default: 'false', description: 'Disable the quote character.' },
  { key: 'csv.quote-character', type: 'string', default: '"', description: 'Quote character of values.' },
  { key: 'csv.allow-comments', type: 'boolean', default: 'false', description: "Ignore lines starting with '#'." },
  { key: 'csv.ignore-parse-errors', type: 'boolean', default: 'false', description: 'Skip fields and rows with parse errors (as nulls) instead of failing.' },
  { key: 'csv.array-element-delimiter', type: 'string', default: ';', description: 'Separator of array and row elements.' },
  { key: 'csv.escape-character', type: 'string', description: 'Escape character.' },
  { key: 'csv.null-literal', type: 'string', description: 'String read and written as null.' },
  { key: 'csv.write-bigdecimal-in-scientific-notation', type: 'boolean', default: 'true', description: 'Write DECIMAL in scientific notation.' },
];
const jsonOptions: OptionSpec[] = [
  { key: 'json.fail-on-missing-field', type: 'boolean', default: 'false', description: 'Fail when a field is missing.' },
  { key: 'json.ignore-parse-errors', type: 'boolean', default: 'false', description: 'Skip fields and rows with parse errors (as nulls) instead of failing.' },
  { key: 'json.timestamp-format.standard', type: 'enum', values: ['SQL', 'ISO-8601'], default: 'SQL', description: 'Timestamp format: SQL (yyyy-MM-dd HH:mm:ss.s{precision}) or ISO-8601.' },
  { key: 'json.map-null-key.mode', type: 'enum', values: ['FAIL', 'DROP', 'LITERAL'], default: 'FAIL', description: 'Handling of null map keys.' },
  { key: 'json.map-null-key.literal', type: 'string', default: 'null', description: "Literal of null map keys in 'LITERAL' mode." },
  { key: 'json.encode.decimal-as-plain-number', type: 'boolean', default: 'false', description: 'Write DECIMAL without scientific notation.' },
  { key: 'json.encode.ignore-null-fields', type: 'boolean', default: 'false', description: 'Omit null fields.' },
];

export const FORMATS: FormatSpec[] = [
  { name: 'csv', description: 'Comma-separated values (RFC 4180 dialect).', options: csvOptions },
  { name: 'json', description: 'JSON objects, one per record (or line).', options: jsonOptions },
  { name: 'raw', description: 'A single column of raw bytes / string per record.', options: [
    { key: 'raw.charset', type: 'string', default: 'UTF-8', description: 'Charset of the string.' },
    { key: 'raw.endianness', type: 'enum', values: ['big-endian', 'little-endian'], default: 'big-endian', description: 'Byte order of numbers.' },
  ] },
  { name: 'avro', description: 'Apache Avro binary records.', options: [
    { key: 'avro.encoding', type: 'enum', values: ['binary', 'json'], default: 'binary', description: 'Avro encoding of each record.' },
    { key: 'avro.timestamp_mapping.legacy', type: 'boolean', default: 'true', description: 'Map TIMESTAMP and TIMESTAMP_LTZ to Avro types as Flink did before 1.19.' },
    { key: 'avro.codec', type: 'string', description: 'Compression codec of the avro files written.', connectors: ['filesystem'] },
  ] },
  { name: 'avro-confluent', description: 'Avro with the Confluent Schema Registry.', options: [
    { key: 'avro-confluent.url', type: 'string', required: true, description: 'URL of the schema registry.' },
    { key: 'avro-confluent.subject', type: 'string', description: 'Subject of the schema.' },
  ] },
  { name: 'debezium-json', description: 'Debezium change events in JSON: a changelog source (inserts, updates, deletes).', options: [
    { key: 'debezium-json.schema-include', type: 'boolean', default: 'false', description: 'Messages contain the schema.' },
    { key: 'debezium-json.ignore-parse-errors', type: 'boolean', default: 'false', description: 'Skip rows with parse errors.' },
  ] },
  { name: 'debezium-avro-confluent', description: 'Debezium change events in Avro with the Confluent Schema Registry: a changelog source.', options: [
    { key: 'debezium-avro-confluent.url', type: 'string', required: true, description: 'URL of the schema registry.' },
  ] },
  { name: 'canal-json', description: 'Canal change events in JSON: a changelog source.', options: [
    { key: 'canal-json.ignore-parse-errors', type: 'boolean', default: 'false', description: 'Skip rows with parse errors.' },
  ] },
  { name: 'maxwell-json', description: 'Maxwell change events in JSON: a changelog source.', options: [] },
  { name: 'ogg-json', description: 'Oracle GoldenGate change events in JSON.', options: [] },
  { name: 'parquet', description: 'Apache Parquet columnar files.', options: [] },
  { name: 'orc', description: 'Apache ORC columnar files.', options: [] },
  { name: 'protobuf', description: 'Protocol Buffers messages.', options: [
    { key: 'protobuf.message-class-name', type: 'string', required: true, description: 'Full name of the generated message class.' },
  ] },
];

/** Options every table may carry whatever its connector. */
export const COMMON_OPTIONS: OptionSpec[] = [
  { key: 'connector', type: 'enum', required: true, values: CONNECTORS.map((c) => c.name), description: 'The connector of the table; every table needs one.' },
];

export function connectorByName(name: string | undefined): ConnectorSpec | undefined {
  if (!name) return undefined;
  return CONNECTORS.find((c) => c.name === name);
}

export function formatByName(name: string | undefined): FormatSpec | undefined {
  if (!name) return undefined;
  return FORMATS.find((f) => f.name === name);
}

function keyMatches(pattern: string, key: string): boolean {
  if (!pattern.includes('#')) return pattern === key;
  const [head, tail] = pattern.split('#') as [string, string];
  return key.length > head.length + tail.length && key.startsWith(head) && key.endsWith(tail);
}

/**
 * The specification of an option key in a table with the given options (so that format options
 * are found for the table's `format` / `key.format` / `value.format`). Format options may carry
 * the `key.` / `value.` prefix in Kafka tables.
 */
export function findOption(connector: string | undefined, key: string, options: Record<string, string> = {}): OptionSpec | undefined {
  const common = COMMON_OPTIONS.find((o) => o.key === key);
  if (common) return common;
  const c = connectorByName(connector);
  const own = c?.options.find((o) => keyMatches(o.key, key));
  if (own) return own;
  // a format's options carry the prefix of the option that names the format, as Flink's
  // FactoryUtil.getFormatPrefix: 'format' = 'json' -> json.*, 'value.format' = 'json' -> value.json.*
  for (const fk of ['format', 'key.format', 'value.format']) {
    const f = options[fk];
    if (!f) continue;
    const prefix = fk.slice(0, -'format'.length);
    if (!key.startsWith(prefix)) continue;
    const bare = key.slice(prefix.length);
    const spec = formatByName(f)?.options.find((o) => o.key === bare && takes(o, connector));
    if (spec) return spec;
  }
  return undefined;
}

/** Format names a table uses (`format`, `key.format`, `value.format`). */
export function formatsOf(options: Record<string, string>): string[] {
  const out: string[] = [];
  for (const k of ['format', 'key.format', 'value.format']) {
    const v = options[k];
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

/** All option keys a table with these options may use (for completion and did-you-mean). */
export function knownOptionKeys(connector: string | undefined, options: Record<string, string> = {}): OptionSpec[] {
  const out: OptionSpec[] = [...COMMON_OPTIONS];
  const c = connectorByName(connector);
  if (c) out.push(...c.options);
  for (const fk of ['format', 'key.format', 'value.format']) {
    const spec = formatByName(options[fk]);
    if (!spec) continue;
    const p = fk.slice(0, -'format'.length);
    for (const o of spec.options) if (takes(o, connector)) out.push(p ? { ...o, key: p + o.key } : o);
  }
  return out;
}

/** Required options that are missing; alternatives are joined by ' | ' (`format | value.format`). */
export function missingRequiredOptions(connector: string | undefined, options: Record<string, string>): string[] {
  const c = connectorByName(connector);
  if (!c) return [];
  const missing = c.options.filter((o) => o.required && !o.key.includes('#') && options[o.key] === undefined).map((o) => o.key);
  if (c.name === 'kafka') {
    if (options['format'] === undefined && options['value.format'] === undefined) missing.push('format | value.format');
    if (options['topic'] === undefined && options['topic-pattern'] === undefined) missing.push('topic | topic-pattern');
  }
  return missing;
}

// ---------------------------------------------------------------------------------------------
// Validation of a table's options, as Flink's FactoryUtil does it when the table is used. The
// analysis turns each problem into a diagnostic at the option's range; messages are Flink's.

export type OptionProblemKind = 'missing-connector' | 'unknown-connector' | 'missing-required' | 'unknown-key' | 'bad-value';

export interface OptionProblem {
  kind: OptionProblemKind;
  /** The option the problem is about (absent for missing-connector / missing-required). */
  key?: string;
  /** For missing-required: the keys (alternatives joined by ' | '). */
  missing?: string[];
  /** Flink's message (FactoryUtil) where Flink has one, plus what to do. */
  message: string;
  /** did-you-mean: the closest known key or value. */
  suggestion?: string;
}

/** Connectors whose option list above is complete enough to call other keys unknown. */
const COMPLETE = new Set(['kafka', 'upsert-kafka', 'filesystem', 'datagen', 'print', 'blackhole']);
const COMPLETE_FORMATS = new Set(['csv', 'json', 'raw']);
/** Formats whose option list is complete except under the filesystem connector (its file writers add options). */
const COMPLETE_FORMATS_BUT_FILES = new Set(['avro']);

const takes = (o: OptionSpec, connector: string | undefined): boolean => !o.connectors || (connector !== undefined && o.connectors.includes(connector));

function editDistance(a: string, b: string): number {
  const m = a.length, n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n]!;
}

/** The closest candidate within a third of the word's length (at least 2 edits), if any. */
export function didYouMean(word: string, candidates: string[]): string | undefined {
  const w = word.toLowerCase();
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(w) && w.length >= 3);
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) { bestD = d; best = c; }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const DURATION = /^\s*(\d+)\s*(ms|milli|millis|millisecond|milliseconds|s|sec|secs|second|seconds|min|minute|minutes|h|hour|hours|d|day|days|ns|nano|nanos|nanosecond|nanoseconds|\u00b5s|micro|micros|microsecond|microseconds)?\s*$/i;
const UNIT_MS: [RegExp, number][] = [[/^(ns|nano)/, 1e-6], [/^(\u00b5s|micro)/, 1e-3], [/^(ms|milli)/, 1], [/^s/, 1000], [/^m/, 60_000], [/^h/, 3_600_000], [/^d/, 86_400_000]];
/** A duration as Flink's TimeUtils reads it ('10 s', '5 min', '100 ms'; no unit: milliseconds)
 *  in milliseconds, or null when Flink would not read it. */
export function parseDuration(value: string): number | null {
  const m = DURATION.exec(value);
  if (!m) return null;
  const unit = (m[2] ?? 'ms').toLowerCase();
  return Number(m[1]) * UNIT_MS.find(([re]) => re.test(unit))![1];
}
const MEMORY = /^\s*\d+\s*(b|bytes|k|kb|kibibytes|m|mb|mebibytes|g|gb|gibibytes|t|tb|tebibytes)?\s*$/i;

function checkValue(spec: OptionSpec, value: string): string | undefined {
  switch (spec.type) {
    case 'enum':
      if (spec.values && !spec.open && !spec.values.some((v) => v.toLowerCase() === value.toLowerCase())) {
        return `Could not parse value '${value}' for key '${spec.key}'. Expected one of: ${spec.values.join(', ')}.`;
      }
      return undefined;
    case 'boolean':
      return /^(true|false)$/i.test(value) ? undefined : `Could not parse value '${value}' for key '${spec.key}': expected true or false.`;
    case 'int': case 'long':
      return /^\s*-?\d+\s*$/.test(value) ? undefined : `Could not parse value '${value}' for key '${spec.key}': expected an integer.`;
    case 'double':
      return /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? undefined : `Could not parse value '${value}' for key '${spec.key}': expected a number.`;
    case 'duration':
      return parseDuration(value) !== null ? undefined : `Could not parse value '${value}' for key '${spec.key}': expected a duration such as '10 s', '5 min' or '100 ms'.`;
    case 'memory':
      return MEMORY.test(value) ? undefined : `Could not parse value '${value}' for key '${spec.key}': expected a memory size such as '128 mb'.`;
    default:
      return undefined;
  }
}

/**
 * Problems of a table's WITH options. Conservative: unknown keys are reported only for
 * connectors (and formats) whose option lists here are complete; connectors we do not know
 * give 'unknown-connector' (a warning at most: the user may have the jar).
 */
export function validateTableOptions(options: Record<string, string>): OptionProblem[] {
  const out: OptionProblem[] = [];
  const connector = options['connector'];
  if (connector === undefined) {
    out.push({ kind: 'missing-connector', message: "Table options do not contain an option key 'connector' for discovering a connector. Therefore, Flink assumes a managed table. However, a managed table factory that implements org.apache.flink.table.factories.ManagedTableFactory is not in the classpath.\n\nAdd 'connector' = '...' (kafka, upsert-kafka, filesystem, datagen, print, ...)." });
    return out;
  }
  const spec = connectorByName(connector);
  if (!spec) {
    const s = didYouMean(connector, CONNECTORS.map((c) => c.name));
    out.push({
      kind: 'unknown-connector', key: 'connector',
      message: `Could not find any factory for identifier '${connector}' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.${s ? ` Did you mean '${s}'?` : ''}`,
      ...(s ? { suggestion: s } : {}),
    });
    return out;
  }
  const missing = missingRequiredOptions(connector, options);
  if (missing.length) {
    out.push({ kind: 'missing-required', missing, message: `One or more required options are missing.\n\nMissing required options are:\n\n${missing.join('\n')}` });
  }
  const known = knownOptionKeys(connector, options);
  const formats = formatsOf(options);
  for (const [key, value] of Object.entries(options)) {
    const s = findOption(connector, key, options);
    if (s) {
      const bad = checkValue(s, value);
      if (bad) {
        const sug = s.values ? didYouMean(value, s.values) : undefined;
        out.push({ kind: 'bad-value', key, message: bad + (sug ? ` Did you mean '${sug}'?` : ''), ...(sug ? { suggestion: sug } : {}) });
      }
      continue;
    }
    if (key.startsWith('properties.')) continue;
    // a format option of a format whose list is incomplete (avro, parquet, ...): not ours to judge
    const formatPrefix = key.replace(/^(key|value)\./, '').split('.')[0]!;
    if (formats.includes(formatPrefix) && !COMPLETE_FORMATS.has(formatPrefix) && !(COMPLETE_FORMATS_BUT_FILES.has(formatPrefix) && connector !== 'filesystem')) continue;
    if (!COMPLETE.has(connector)) continue;
    const sug = didYouMean(key, known.map((o) => o.key).filter((k) => !k.includes('#')));
    out.push({
      kind: 'unknown-key', key,
      message: `Unsupported options found for '${connector}'.\n\nUnsupported options:\n\n${key}${sug ? `\n\nDid you mean '${sug}'?` : ''}`,
      ...(sug ? { suggestion: sug } : {}),
    });
  }
  return out;
}
