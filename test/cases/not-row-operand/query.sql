-- NOT (b, b): the parenthesized pair is a row, which Calcite's NOT does not take (Flink 2.3.0: Cannot apply 'NOT' to arguments of type 'NOT<RECORDTYPE:PEEK_NO_EXPAND(...)>').
CREATE TABLE t (id INT, b BOOLEAN, ts TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = 'input.csv', 'format' = 'csv');
SELECT id, NOT (b, b) AS x FROM t;
