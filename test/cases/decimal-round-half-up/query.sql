-- ROUND and TRUNCATE of an exact DECIMAL round its decimal digits (HALF_UP): ROUND(1.005, 2) is 1.01, TRUNCATE(0.29 * 100, 0) is 29 (found by test/flink/random.mjs).
CREATE TABLE nums (
  id INT,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'nums.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT id, v * 1.005 AS x, ROUND(v * 1.005, 2) AS r2, ROUND(v * 1.015, 2) AS r2b, ROUND(v * 12.5, -1) AS rm1, TRUNCATE(v * 0.01, 2) AS t2, TRUNCATE(CAST(v AS DOUBLE) / 7, 3) AS td
FROM nums;
