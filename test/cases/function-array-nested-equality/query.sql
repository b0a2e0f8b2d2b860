-- Nested elements compare as Flink's `=`: arrays and rows element-wise with NULL equal to NULL, maps regardless of key order but never when a value is NULL (ARRAY_DISTINCT keeps {a=null} twice, ARRAY_POSITION does not find it).
CREATE TABLE t (
  id INT,
  i INT
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);

SELECT id,
  ARRAY_DISTINCT(ARRAY[ARRAY[i], ARRAY[i], ARRAY[1], ARRAY[CAST(NULL AS INT)], ARRAY[CAST(NULL AS INT)]]) AS nd,
  ARRAY_EXCEPT(ARRAY[ARRAY[i], ARRAY[1, 2]], ARRAY[ARRAY[1, 2]]) AS ne,
  ARRAY_INTERSECT(ARRAY[ARRAY[i], ARRAY[1, 2]], ARRAY[ARRAY[i]]) AS ni,
  ARRAY_UNION(ARRAY[ARRAY[i]], ARRAY[ARRAY[i], ARRAY[3]]) AS nu,
  ARRAY_POSITION(ARRAY[ARRAY[1], ARRAY[i]], ARRAY[i]) AS np,
  ARRAY_REMOVE(ARRAY[ARRAY[i], ARRAY[1]], ARRAY[i]) AS nr,
  ARRAY_DISTINCT(ARRAY[MAP['a', i, 'b', 1], MAP['b', 1, 'a', i], MAP['a', i]]) AS md,
  ARRAY_DISTINCT(ARRAY[MAP['a', ARRAY[i]], MAP['a', ARRAY[i]]]) AS md2,
  ARRAY_EXCEPT(ARRAY[MAP['a', i]], ARRAY[MAP['a', i]]) AS me,
  ARRAY_POSITION(ARRAY[MAP['a', i]], MAP['a', i]) AS mp,
  ARRAY_DISTINCT(ARRAY[ROW(i, 'x'), ROW(i, 'x')]) AS rd,
  ARRAY_DISTINCT(ARRAY[ROW(i, ARRAY[i]), ROW(i, ARRAY[i])]) AS rd2
FROM t;
