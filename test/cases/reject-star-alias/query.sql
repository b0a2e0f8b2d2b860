-- `SELECT * AS x` parses in Flink 2.3.0 (the parser takes an alias after any item) but its validator rejects it: Unknown identifier '*'.
CREATE TABLE orders (
  order_id INT,
  amount INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

SELECT order_id, * AS everything
FROM orders;
