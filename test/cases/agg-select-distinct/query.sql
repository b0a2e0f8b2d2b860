-- SELECT DISTINCT is a GroupAggregate without aggregates: only +I for a new key, nothing for duplicates.
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

SELECT DISTINCT region
FROM sales;
