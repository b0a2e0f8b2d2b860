-- SELECT DISTINCT with a ROW_NUMBER in the same SELECT: the rank is computed over the rows before DISTINCT, which then keeps one row per (bidder, rank number) across items (Flink 2.3.0: a GroupAggregate over the Rank); the engine dropped the DISTINCT before.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT bidder, rn FROM (SELECT DISTINCT bidder, ROW_NUMBER() OVER (PARTITION BY item ORDER BY price) AS rn FROM bids) WHERE rn <= 2;
