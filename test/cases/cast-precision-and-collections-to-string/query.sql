-- CAST of a TIMESTAMP(3) to TIMESTAMP(0) / TIMESTAMP(1) / TIME, printed and as text (the fraction cut, also before 1970), CAST of a MAP, an ARRAY and a ROW to STRING, and comparisons of CHAR values of different lengths, in Flink 2.3.0.
CREATE TABLE t (
  id INT,
  b BOOLEAN,
  ts TIMESTAMP(3),
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  CAST(ts AS TIMESTAMP(0)) AS ts0,
  CAST(ts AS TIMESTAMP(1)) AS ts1,
  CAST(CAST(ts AS TIMESTAMP(0)) AS STRING) AS ts0_s,
  CAST(ts AS TIME) AS tm,
  CAST(CAST(ts AS TIME) AS STRING) AS tm_s,
  CAST(MAP['a', id] AS STRING) AS map_s,
  CAST(ARRAY[id, 2] AS STRING) AS arr_s,
  CAST(ROW(id, 'x') AS STRING) AS row_s,
  CAST(ARRAY[id, NULLIF(id, id)] AS STRING) AS arr_null_s,
  CAST(MAP['b', 1, 'a', id] AS STRING) AS map_order_s,
  CAST(MAP['k', CAST(NULL AS INT)] AS STRING) AS map_null_s,
  CAST(ARRAY[ts] AS STRING) AS arr_ts_s,
  CAST(ARRAY[1.5E0, 0.1E0] AS STRING) AS arr_dbl_s,
  CAST(ROW(ts, CAST(ts AS DATE), b, CAST(NULL AS STRING)) AS STRING) AS row_mixed_s,
  CAST(MAP_FROM_ARRAYS(ARRAY['a', 'b', 'a'], ARRAY[1, 2, 3]) AS STRING) AS mfa_s,
  'a' = 'a ' AS lit_eq,
  IF(b, 'a', 'b') = 'a ' AS if_eq,
  CAST(s AS CHAR(3)) = 'a' AS char3_eq,
  s = 'a ' AS col_eq,
  CAST(s AS CHAR(3)) || '|' AS char3_s
FROM t;
