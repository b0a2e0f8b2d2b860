-- DEFAULT as a VALUES element parses (Calcite's row constructor takes it) but Flink 2.3.0's validator then looks for a function named DEFAULT.
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'print');
INSERT INTO t VALUES (1, DEFAULT);
