-- csv.ignore-parse-errors drops a record with too many fields (with quoting disabled "a,b" is two fields, so its record goes too) (found by test/flink/random.mjs).
CREATE TABLE t (
  id INT,
  name STRING,
  n INT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.disable-quote-character' = 'true',
  'csv.ignore-parse-errors' = 'true'
);
SELECT id, name, n FROM t;
