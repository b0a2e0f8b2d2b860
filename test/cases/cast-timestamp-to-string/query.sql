-- CAST of a TIMESTAMP to STRING pads the fraction to the type's precision: TIMESTAMP(3) gives 10:00:09.000, TIMESTAMP(0) none (found by test/flink/random.mjs).
CREATE TABLE times (
  id INT,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'times.csv',
  'format' = 'csv'
);
SELECT id, CAST(ts AS STRING) AS s3, CAST(CAST(ts AS TIMESTAMP(0)) AS STRING) AS s0, CAST(CAST(ts AS TIMESTAMP(6)) AS STRING) AS s6, CAST(ts AS STRING) || '!' AS c FROM times;
