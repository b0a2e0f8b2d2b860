-- DISTINCT aggregates: COUNT(DISTINCT), SUM(DISTINCT); a duplicate value leaves the result unchanged (no output).
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

SELECT region, COUNT(DISTINCT product) AS products, SUM(DISTINCT qty) AS distinct_qty
FROM sales
GROUP BY region;
