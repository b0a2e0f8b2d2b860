-- ARRAY_CONTAINS as Flink 2.3.0's ArrayContainsFunction: a NULL needle is found when the array holds a NULL (true or false, never NULL), NaN is never found, 0.0 finds -0.0, a map with a NULL value finds nothing; the result is nullable only when the array is.
CREATE TABLE t (
  id INT,
  d DOUBLE,
  i INT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  ARRAY_CONTAINS(ARRAY[d], d) AS nan_self,
  ARRAY_CONTAINS(ARRAY[d, 1.0], 0.0) AS zero,
  ARRAY_CONTAINS(ARRAY[1, i], CAST(NULL AS INT)) AS null_needle,
  ARRAY_CONTAINS(ARRAY[1, 2], i) AS col_needle,
  ARRAY_CONTAINS(ARRAY[ARRAY[i]], ARRAY[i]) AS nested,
  ARRAY_CONTAINS(ARRAY[MAP['a', i]], MAP['a', i]) AS map_elem,
  ARRAY_CONTAINS(ARRAY[CAST(1 AS BIGINT), i], 3) AS widened,
  ARRAY_CONTAINS(CASE WHEN id > 2 THEN ARRAY[i] END, 0) AS null_array,
  TYPEOF(ARRAY_CONTAINS(ARRAY[1, 2], i)) AS t_needle,
  TYPEOF(ARRAY_CONTAINS(CASE WHEN id > 2 THEN ARRAY[i] END, 0)) AS t_array
FROM t;
