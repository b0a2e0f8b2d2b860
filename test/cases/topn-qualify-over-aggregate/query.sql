-- QUALIFY with a window function over an aggregating query: Flink 2.3.0's planner fails, converting QUALIFY it expects a Project below it (a ClassCastException whose class-loader hash changes from run to run: expected.txt keeps the text before it). The same Top-N as a subquery runs (topn-over-aggregate-same-select).
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT item, bidder, SUM(price) AS total
FROM bids
GROUP BY item, bidder
QUALIFY ROW_NUMBER() OVER (PARTITION BY item ORDER BY SUM(price)) = 1;
