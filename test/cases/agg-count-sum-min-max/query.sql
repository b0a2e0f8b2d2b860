-- GroupAggregate: COUNT(*), SUM, MIN, MAX per key; -U/+U pairs as each row updates its group.
CREATE TABLE sales (
  region STRING,
  product STRING,
  qty INT,
  price DECIMAL(10, 2)
) WITH (
  'connector' = 'filesystem',
  'path' = 'sales.csv',
  'format' = 'csv'
);

SELECT region, COUNT(*) AS cnt, SUM(qty) AS total, MIN(qty) AS lo, MAX(qty) AS hi
FROM sales
GROUP BY region;
