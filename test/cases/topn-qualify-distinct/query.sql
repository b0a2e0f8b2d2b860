-- SELECT DISTINCT ... QUALIFY ROW_NUMBER() OVER (ORDER BY item) = 1: Flink 2.3.0 accepts QUALIFY over DISTINCT (no aggregate below QUALIFY's Project).
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT DISTINCT item FROM bids QUALIFY ROW_NUMBER() OVER (ORDER BY item) = 1;
