-- Result types (TYPEOF) of the ARRAY_* and MAP_* functions: which argument's nullability makes the result or its elements nullable (APPEND with a nullable element is a nullable array of nullable elements, REMOVE keeps the array's type, SLICE/SORT take their index and flag arguments' nullability, MAX/MIN are always nullable, CONCAT/UNION/EXCEPT/INTERSECT/MAP_UNION take the common type).
CREATE TABLE t (
  id INT,
  n INT,
  nn INT NOT NULL,
  s STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  TYPEOF(ARRAY_APPEND(ARRAY[1, 2], nn)) AS app_nn,
  TYPEOF(ARRAY_APPEND(ARRAY[1, 2], n)) AS app_n,
  TYPEOF(ARRAY_PREPEND(ARRAY[n], nn)) AS pre_ne,
  TYPEOF(ARRAY_APPEND(ARRAY[CAST(1 AS BIGINT)], nn)) AS app_big,
  TYPEOF(ARRAY_APPEND(ARRAY[1.5], nn)) AS app_dec,
  TYPEOF(ARRAY_POSITION(ARRAY[1, 2], nn)) AS pos_nn,
  TYPEOF(ARRAY_POSITION(ARRAY[1, 2], n)) AS pos_n,
  TYPEOF(ARRAY_REMOVE(ARRAY[1, 2], n)) AS rem,
  TYPEOF(ARRAY_SLICE(ARRAY[1, 2], nn)) AS sl_nn,
  TYPEOF(ARRAY_SLICE(ARRAY[1, 2], 1, n)) AS sl_n,
  TYPEOF(ARRAY_SORT(ARRAY[n, 2])) AS srt,
  TYPEOF(ARRAY_SORT(ARRAY[1, 2], n > 1)) AS srt_n,
  TYPEOF(ARRAY_DISTINCT(ARRAY[n])) AS dis,
  TYPEOF(ARRAY_REVERSE(ARRAY[1])) AS rev,
  TYPEOF(ARRAY_MAX(ARRAY[1, 2])) AS mx,
  TYPEOF(ARRAY_MIN(ARRAY[CAST(1.5 AS DECIMAL(5, 2))])) AS mn,
  TYPEOF(ARRAY_CONCAT(ARRAY[1], ARRAY[n])) AS cat,
  TYPEOF(ARRAY_CONCAT(ARRAY[1], ARRAY[CAST(nn AS BIGINT)])) AS cat_big,
  TYPEOF(ARRAY_CONCAT(ARRAY[1], ARRAY[1.5])) AS cat_dec,
  TYPEOF(ARRAY_UNION(ARRAY[nn], ARRAY[1, 2])) AS uni,
  TYPEOF(ARRAY_EXCEPT(ARRAY[nn], ARRAY[n])) AS exc,
  TYPEOF(ARRAY_INTERSECT(ARRAY[CAST(nn AS BIGINT)], ARRAY[1])) AS isc,
  TYPEOF(ARRAY_JOIN(SPLIT(s, ';'), ',')) AS jn,
  TYPEOF(ARRAY_JOIN(ARRAY[s], ',', s)) AS jn_rep,
  TYPEOF(MAP_KEYS(MAP[nn, n])) AS mk,
  TYPEOF(MAP_VALUES(MAP[nn, n])) AS mv,
  TYPEOF(MAP_ENTRIES(MAP[n, nn])) AS me,
  TYPEOF(MAP_FROM_ARRAYS(ARRAY[nn], ARRAY[n])) AS mfa,
  TYPEOF(MAP_UNION(MAP[nn, nn], MAP[nn, CAST(n AS BIGINT)])) AS mu
FROM t;
