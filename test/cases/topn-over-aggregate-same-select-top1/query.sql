-- The bidder with the most bids over all items, ranked in the same SELECT as its GROUP BY (a grouping expression, UPPER(bidder)), without the rank number: a global Top-1 over the GroupAggregate's updates.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT who, bids, spent
FROM (
  SELECT UPPER(bidder) AS who, COUNT(*) AS bids, SUM(price) AS spent,
    ROW_NUMBER() OVER (ORDER BY COUNT(*) DESC, SUM(price) DESC) AS rn
  FROM bids
  GROUP BY UPPER(bidder)
)
WHERE rn = 1;
