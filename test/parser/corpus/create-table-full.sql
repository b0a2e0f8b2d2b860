CREATE TEMPORARY TABLE IF NOT EXISTS cat.db.orders (
  order_id BIGINT NOT NULL,
  `user` STRING COMMENT 'the buyer',
  price DECIMAL(10, 2),
  tags ARRAY<STRING>,
  attrs MAP<STRING, INT>,
  address ROW<street STRING, zip INT 'postal code'>,
  ts TIMESTAMP(3),
  ltz TIMESTAMP_LTZ(3),
  total AS price * 2 COMMENT 'computed',
  part BIGINT METADATA FROM 'partition' VIRTUAL,
  `offset` BIGINT METADATA VIRTUAL,
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND,
  CONSTRAINT pk PRIMARY KEY (order_id) NOT ENFORCED
) COMMENT 'orders'
DISTRIBUTED BY HASH(order_id) INTO 4 BUCKETS
PARTITIONED BY (part)
WITH ('connector' = 'kafka', 'topic' = 'orders')
