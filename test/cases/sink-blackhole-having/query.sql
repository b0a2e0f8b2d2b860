-- A HAVING over an aggregate into blackhole: the filter needs UPDATE_BEFORE, so the sink's writer receives -U/+U pairs (found by test/flink/random.mjs seed 19); without a filter it gets +I/+U only (sink-blackhole).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

CREATE TABLE sink_t (
  k STRING,
  n BIGINT
) WITH (
  'connector' = 'blackhole'
);
INSERT INTO sink_t
SELECT k, COUNT(*) AS n FROM orders GROUP BY k HAVING COUNT(*) > 1;
