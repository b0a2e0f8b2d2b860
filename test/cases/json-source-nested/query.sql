-- JSON lines source with a nested ROW, an ARRAY and a timestamp; field access and array indexing (1-based).
CREATE TABLE orders_json (
  id INT,
  customer ROW<name STRING, city STRING>,
  items ARRAY<STRING>,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.jsonl',
  'format' = 'json'
);

SELECT id, customer.name AS name, customer.city AS city, items, CARDINALITY(items) AS n, items[1] AS first_item, ts
FROM orders_json;
