-- Interval join where the second source lags: once the first source ends its watermark is +infinity, so the join watermark follows the shipments alone and later shipments for expired orders are dropped; a wide watermark delay keeps them.
CREATE TABLE orders (
  order_id INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' MINUTE
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

CREATE TABLE shipments (
  order_id INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' MINUTE
) WITH (
  'connector' = 'filesystem',
  'path' = 'shipments.csv',
  'format' = 'csv'
);

SELECT o.order_id, o.ts AS ordered, s.ts AS shipped
FROM orders AS o
JOIN shipments AS s ON o.order_id = s.order_id AND s.ts BETWEEN o.ts AND o.ts + INTERVAL '1' MINUTE;
