-- ATAN2 of a DECIMAL and a DOUBLE: Flink's code generator has atan2 for two doubles or two decimals only (CodeGenException 'Unsupported call', at planning).
CREATE TABLE vals (
  id INT,
  x DOUBLE,
  d DECIMAL(5, 2)
) WITH (
  'connector' = 'filesystem',
  'path' = 'vals.jsonl',
  'format' = 'json'
);

SELECT id, ATAN2(d, x) AS a FROM vals;
