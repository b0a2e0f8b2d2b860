-- A TIMESTAMP literal's precision is its fraction's digits in Flink 2.3.0 (TIMESTAMP(0), TIMESTAMP(2), also in ROW); CAST to STRING prints that many; IF(b, literal, ts3) takes the first branch's precision.
CREATE TABLE t (
  id INT,
  b BOOLEAN,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  CAST(TIMESTAMP '2024-01-01 10:00:00' AS STRING) AS s0,
  CAST(TIMESTAMP '2024-01-01 10:00:00.5' AS STRING) AS s1,
  CAST(TIMESTAMP '2024-01-01 10:00:00.12' AS STRING) AS s2,
  ROW(TIMESTAMP '2024-01-01 10:00:00') AS r,
  IF(b, TIMESTAMP '2024-01-01 10:00:00', ts) AS if_lit_first,
  CAST(IF(b, TIMESTAMP '2024-01-01 10:00:00', ts) AS STRING) AS if_lit_first_s,
  CAST(IF(b, ts, TIMESTAMP '2024-01-01 10:00:00') AS STRING) AS if_col_first_s,
  TYPEOF(TIMESTAMP '2024-01-01 10:00:00') AS t0,
  TYPEOF(TIMESTAMP '2024-01-01 10:00:00.12') AS t2,
  TYPEOF(ROW(TIMESTAMP '2024-01-01 10:00:00')) AS t_row,
  TYPEOF(IF(b, TIMESTAMP '2024-01-01 10:00:00', ts)) AS t_if,
  TYPEOF(COALESCE(TIMESTAMP '2024-01-01 10:00:00', ts)) AS t_coalesce
FROM t;
