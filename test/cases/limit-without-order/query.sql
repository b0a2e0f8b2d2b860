-- LIMIT without ORDER BY in streaming: the first 3 rows, then nothing.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT item, price FROM bids LIMIT 3;
