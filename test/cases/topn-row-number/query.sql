-- Top-N with ROW_NUMBER (top 2 per item): a new leader shifts ranks with -U/+U pairs.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT item, bidder, price, rn
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY item ORDER BY price DESC) AS rn
  FROM bids
)
WHERE rn <= 2;
