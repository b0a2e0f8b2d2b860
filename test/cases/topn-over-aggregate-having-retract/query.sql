-- A Top-1 by COUNT(*) over a GROUP BY with a HAVING between them (nested; random seed 703 found it ranked in the same SELECT): the filter needs the aggregate's UPDATE_BEFORE, so Flink 2.3.0 keeps the RetractStrategy, where COUNT's monotonicity alone would allow UpdateFastStrategy; every update of the leader is -D/+I, and a retracted leader briefly lets the runner-up in. The engine printed -U/+U (UpdateFast) before.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT * FROM (SELECT k, a, ROW_NUMBER() OVER (ORDER BY a DESC, k) AS rn FROM (SELECT k, COUNT(*) AS a FROM orders GROUP BY k HAVING COUNT(*) > 1)) WHERE rn = 1;
