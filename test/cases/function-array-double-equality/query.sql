-- DOUBLE elements compare as Flink's generated code does: NaN equals nothing (DISTINCT, UNION keep it twice), 0.0 = -0.0, but EXCEPT and INTERSECT hash them apart; SORT swaps equal elements (Arrays.sort with a comparator answering -1 for ties), MAX/MIN never pick past a NaN.
CREATE TABLE t (
  id INT,
  d DOUBLE
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  ARRAY_DISTINCT(ARRAY[d, d, 0.0, 1.5]) AS dis,
  ARRAY_UNION(ARRAY[d, 0.0], ARRAY[d, 0.0]) AS uni,
  ARRAY_EXCEPT(ARRAY[d, d, 0.0, 1.0], ARRAY[d, 1.0]) AS exc,
  ARRAY_EXCEPT(ARRAY[d, 0.0], ARRAY[0.0]) AS exc_zero,
  ARRAY_INTERSECT(ARRAY[d, d, 0.0], ARRAY[d, 0.0]) AS isc,
  ARRAY_POSITION(ARRAY[1.0, d], d) AS pos,
  ARRAY_REMOVE(ARRAY[d, 0.0], d) AS rem,
  ARRAY_CONTAINS(ARRAY[1.0, d], 1.0) AS has_one,
  ARRAY_MAX(ARRAY[d, 1.0, -1.0]) AS mx_first,
  ARRAY_MAX(ARRAY[1.0, d, -1.0]) AS mx_mid,
  ARRAY_MIN(ARRAY[1.0, d, -1.0]) AS mn_mid,
  ARRAY_SORT(ARRAY[1.0, d, -1.0, 0.0, 0.0, CAST(NULL AS DOUBLE)]) AS srt,
  ARRAY_SORT(ARRAY[0.0, d, 0.0], FALSE) AS srt_desc
FROM t;
