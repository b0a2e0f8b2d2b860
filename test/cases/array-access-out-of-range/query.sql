-- arr[i] and map[k] past the end or missing: NULL for nullable elements, Flink 2.3.0's default value (-1, -1.0, false, '') for NOT NULL ones.
CREATE TABLE t (
  k STRING,
  i INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT k, ARRAY[1, 2][i] AS a_int, ARRAY[CAST(1 AS BIGINT)][i] AS a_big, ARRAY[1.5E0][i] AS a_dbl, ARRAY[TRUE][i] AS a_bool,
  ARRAY['x'][i] AS a_chr, ARRAY[1, CAST(NULL AS INT)][i] AS a_nullable, (ARRAY[1, 2][i]) IS NULL AS a_is_null,
  MAP['a', 1][k] AS m_int, MAP['a', CAST(NULL AS INT)][k] AS m_nullable, ELEMENT(ARRAY[7]) AS e
FROM t;
