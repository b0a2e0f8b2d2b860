-- Top-N without the rank column in the output: rows enter with +I and leave with -D.
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
  SELECT *, ROW_NUMBER() OVER (PARTITION BY item ORDER BY price DESC) AS rn
  FROM bids
)
WHERE rn <= 2;
