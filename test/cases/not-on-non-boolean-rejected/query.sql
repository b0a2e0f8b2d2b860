-- NOT over a STRING operand: Calcite's 'Cannot apply NOT'.
CREATE TABLE t (
  name STRING,
  qty INT,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT name FROM t WHERE NOT name;
