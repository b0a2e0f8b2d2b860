-- MAP_FROM_ARRAYS with a repeated key: Flink 2.3.0 keeps every entry (CARDINALITY 3, MAP_KEYS [a, b, a], MAP_VALUES, MAP_ENTRIES all three), the printed map has the last value; MAP_UNION takes the repeated key's first value.
CREATE TABLE t (id INT, k STRING) WITH ('connector' = 'filesystem', 'path' = 'input.csv', 'format' = 'csv');
SELECT id,
  MAP_FROM_ARRAYS(ARRAY['a', 'b', k], ARRAY[1, 2, 3]) AS m,
  CARDINALITY(MAP_FROM_ARRAYS(ARRAY['a', 'b', k], ARRAY[1, 2, 3])) AS n,
  MAP_KEYS(MAP_FROM_ARRAYS(ARRAY['a', 'b', k], ARRAY[1, 2, 3])) AS ks,
  MAP_VALUES(MAP_FROM_ARRAYS(ARRAY['a', 'b', k], ARRAY[1, 2, 3])) AS vs,
  MAP_ENTRIES(MAP_FROM_ARRAYS(ARRAY['a', k, 'b'], ARRAY[1, 2, 3])) AS es,
  MAP_FROM_ARRAYS(ARRAY[k, k], ARRAY[1, 2]) AS kk,
  MAP_UNION(MAP_FROM_ARRAYS(ARRAY['a', 'b', k], ARRAY[1, 2, 3]), MAP['z', 9]) AS u
FROM t;
