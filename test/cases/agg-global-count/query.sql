-- An aggregate without GROUP BY: one row, updated by -U/+U for every input row.
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

SELECT COUNT(*) AS n, SUM(qty * price) AS revenue
FROM sales;
