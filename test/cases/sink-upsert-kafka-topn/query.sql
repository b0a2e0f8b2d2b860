-- A Top-2 into upsert-kafka keyed by (item, rn): rank slots are overwritten with +U.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

CREATE TABLE top_bids (
  item STRING,
  rn BIGINT,
  bidder STRING,
  price INT,
  PRIMARY KEY (item, rn) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'top_bids',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
INSERT INTO top_bids
SELECT item, rn, bidder, price
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY item ORDER BY price DESC) AS rn
  FROM bids
)
WHERE rn <= 2;
