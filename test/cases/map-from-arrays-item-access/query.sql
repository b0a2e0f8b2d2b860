-- m[key] of a MAP_FROM_ARRAYS map (no repeated key) fails the job in Flink 2.3.0: its generated code casts MapDataForMapFromArrays to GenericMapData (ClassCastException).
CREATE TABLE t (id INT, k STRING) WITH ('connector' = 'filesystem', 'path' = 'input.csv', 'format' = 'csv');
SELECT id, MAP_FROM_ARRAYS(ARRAY['a', k], ARRAY[1, 2])[k] AS v FROM t;
