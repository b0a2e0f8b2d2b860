-- DENSE_RANK() in a streaming Top-N is rejected by Flink 2.3.0: only ROW_NUMBER is supported.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT item, bidder, price, dr
FROM (
  SELECT *, DENSE_RANK() OVER (PARTITION BY item ORDER BY price ASC) AS dr
  FROM bids
)
WHERE dr <= 2;
