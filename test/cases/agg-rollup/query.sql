-- ROLLUP (region, product) = grouping sets (region, product), (region), ().
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

SELECT region, product, COUNT(*) AS cnt
FROM sales
GROUP BY ROLLUP (region, product);
