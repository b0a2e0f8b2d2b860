-- Aggregates with FILTER (WHERE ...): the group row still updates when a filtered-out row arrives only if a result changes.
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

SELECT region,
  COUNT(*) AS all_rows,
  COUNT(*) FILTER (WHERE product = 'apple') AS apples,
  SUM(qty) FILTER (WHERE qty > 2) AS big_qty
FROM sales
GROUP BY region;
