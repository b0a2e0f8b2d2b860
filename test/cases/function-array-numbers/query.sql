-- ARRAY_* functions over INT arrays built from nullable columns: CONCAT, UNION, EXCEPT, INTERSECT (order kept, duplicates and NULL once), APPEND/PREPEND with an implicit cast (INT into BIGINT, DECIMAL(2, 1), DOUBLE arrays), POSITION, REMOVE, MAX, MIN, SORT with its order and NULL placement arguments, SLICE with negative, zero and out-of-range indexes.
CREATE TABLE t (
  id INT,
  a INT,
  b INT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  ARRAY_CONCAT(ARRAY[a, b], ARRAY[b, 5], ARRAY[a]) AS cat,
  ARRAY_UNION(ARRAY[a, a, b], ARRAY[b, 2]) AS uni,
  ARRAY_EXCEPT(ARRAY[1, a, a, b, 2], ARRAY[b, 9]) AS exc,
  ARRAY_INTERSECT(ARRAY[1, a, b, 2, a], ARRAY[a, 2, b]) AS isc,
  ARRAY_APPEND(ARRAY[CAST(a AS BIGINT)], b) AS app_big,
  ARRAY_APPEND(ARRAY[1.5], b) AS app_dec,
  ARRAY_PREPEND(ARRAY[CAST(0.5 AS DOUBLE)], a) AS pre_dbl,
  ARRAY_POSITION(ARRAY[1, 2, 3, 0], a) AS pos,
  ARRAY_REMOVE(ARRAY[1, a, 2, a], a) AS rem,
  ARRAY_MAX(ARRAY[a, b, 1]) AS mx,
  ARRAY_MIN(ARRAY[a, b, 1]) AS mn,
  ARRAY_SORT(ARRAY[a, 3, b, 1]) AS s_asc,
  ARRAY_SORT(ARRAY[a, 3, b, 1], FALSE) AS s_desc,
  ARRAY_SORT(ARRAY[a, 3, b, 1], TRUE, FALSE) AS s_asc_nulls_last,
  ARRAY_SORT(ARRAY[a, 3, b, 1], FALSE, TRUE) AS s_desc_nulls_first,
  ARRAY_SLICE(ARRAY[1, 2, 3, 4], a) AS sl1,
  ARRAY_SLICE(ARRAY[1, 2, 3, 4], a, b) AS sl2,
  ARRAY_SLICE(ARRAY[1, 2, 3, 4], 0, 0) AS sl3,
  ARRAY_SLICE(ARRAY[1, 2, 3, 4], -10, -8) AS sl4,
  ARRAY_SLICE(ARRAY[1, 2, 3, 4], 1, -5) AS sl5,
  ARRAY_SLICE(ARRAY[1, 2, 3, 4], -2) AS sl6
FROM t;
