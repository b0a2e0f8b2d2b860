-- A Top-N in the same SELECT as its GROUP BY, partitioned by an aggregate call (MAX(bidder)): both the partition and the order are the aggregate's columns.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT item, s, rn FROM (SELECT item, SUM(price) AS s, ROW_NUMBER() OVER (PARTITION BY MAX(bidder) ORDER BY SUM(price)) AS rn FROM bids GROUP BY item) WHERE rn <= 2;
