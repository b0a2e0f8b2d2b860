-- RANK() is rejected in streaming even when the rank column is not selected.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);
SELECT item, bidder, price
FROM (
  SELECT *, RANK() OVER (PARTITION BY item ORDER BY price DESC) AS rk
  FROM bids
)
WHERE rk <= 2;
