-- MAP[...] with a repeated key keeps every entry in Flink 2.3.0: CARDINALITY counts both, the map prints both, an item lookup finds the first.
CREATE TABLE t (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT id, MAP[k, v, 'a', 1] AS m, CARDINALITY(MAP[k, v, 'a', 1]) AS c, MAP[k, v, 'a', 1]['a'] AS x, MAP_KEYS(MAP[k, v, 'a', 1]) AS ks, MAP_VALUES(MAP['z', id, 'z', v]) AS vs, MAP['q', 1, 'q', 2] = MAP['q', 2] AS eq FROM t;
