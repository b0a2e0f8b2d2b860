-- ORDER BY ... LIMIT in streaming is a global Top-N: the top 3 prices, updated as bids arrive.
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
FROM bids
ORDER BY price DESC
LIMIT 3;
