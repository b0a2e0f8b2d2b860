-- CUBE (region, product): all four grouping sets.
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

SELECT region, product, SUM(qty) AS total
FROM sales
GROUP BY CUBE (region, product);
