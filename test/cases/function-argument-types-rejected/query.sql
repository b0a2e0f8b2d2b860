-- A function called with arguments of types it does not take: Flink's validator rejects the call (CONCAT of STRING and INT).
CREATE TABLE t (
  name STRING,
  qty INT,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'input.csv',
  'format' = 'csv'
);

SELECT CONCAT(name, qty) AS label FROM t;
