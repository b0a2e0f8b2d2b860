-- DECIMAL arithmetic: result precision/scale as Flink derives them, rendered by BigDecimal.toString.
CREATE TABLE items (
  id INT,
  price DECIMAL(10, 2),
  qty INT,
  rate DECIMAL(5, 3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'items.csv',
  'format' = 'csv'
);

SELECT id, price * qty AS gross, price * rate AS tax, price / 3 AS third, price + rate AS plus, CAST(price AS INT) AS whole
FROM items;
