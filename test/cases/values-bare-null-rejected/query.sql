-- A bare NULL in VALUES has no type of its own: Flink 2.3.0 rejects it (Calcite's "Illegal use of 'NULL'"), even when other rows type the column; CAST(NULL AS INT) is the way.
SELECT x, y FROM (VALUES (1, 2), (2, NULL)) AS t(x, y);
