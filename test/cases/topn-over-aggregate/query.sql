-- Top-1 over an updating aggregate (best bidder by total per item): Top-N on a retract input.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT item, bidder, total
FROM (
  SELECT item, bidder, total, ROW_NUMBER() OVER (PARTITION BY item ORDER BY total DESC) AS rn
  FROM (SELECT item, bidder, SUM(price) AS total FROM bids GROUP BY item, bidder)
)
WHERE rn = 1;
