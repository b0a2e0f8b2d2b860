-- LEFT interval join: an order without a shipment in time is emitted NULL-padded once the watermark passes its interval.
CREATE TABLE orders (
  order_id INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

CREATE TABLE shipments (
  order_id INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'shipments.csv',
  'format' = 'csv'
);

SELECT o.order_id, o.ts AS ordered, s.ts AS shipped
FROM orders AS o
LEFT JOIN shipments AS s ON o.order_id = s.order_id AND s.ts BETWEEN o.ts AND o.ts + INTERVAL '1' MINUTE;
