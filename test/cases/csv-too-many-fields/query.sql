-- A csv record with more fields than columns fails the job (Jackson's CsvReadException "Too many entries"); a short record pads with NULL (found by test/flink/random.mjs).
CREATE TABLE t (
  id INT,
  name STRING,
  n INT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv'
);
SELECT id, name, n FROM t;
