-- RANK() in a streaming Top-N (rank number selected) is rejected by Flink 2.3.0: only ROW_NUMBER is supported.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT item, bidder, price, rk
FROM (
  SELECT *, RANK() OVER (PARTITION BY item ORDER BY price DESC) AS rk
  FROM bids
)
WHERE rk <= 2;
