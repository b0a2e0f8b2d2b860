-- FLOAT arithmetic gives a float: CAST(1 AS FLOAT) / 3 prints as Java's Float.toString, 0.33333334 (found by test/flink/random.mjs).
CREATE TABLE nums (
  id INT,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'nums.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT id, CAST(v AS FLOAT) / 3 AS d3, CAST(v AS FLOAT) / 7 AS d7, CAST(v AS FLOAT) * 1.1 AS m, CAST(v AS FLOAT) + 0.1 AS p
FROM nums;
