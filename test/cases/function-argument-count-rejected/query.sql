-- A function called with the wrong number of arguments: Calcite's 'Invalid number of arguments'.
CREATE TABLE t (
  name STRING,
  qty INT,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT name, UPPER(name, qty) AS u FROM t;
