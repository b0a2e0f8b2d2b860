-- A select-list alias (total) in the OVER clause of a Top-N in the same SELECT as its GROUP BY: Calcite resolves OVER's names in the FROM, where there is no total.
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
  SELECT item, bidder, SUM(price) AS total,
    ROW_NUMBER() OVER (PARTITION BY item ORDER BY total DESC) AS rn
  FROM bids
  GROUP BY item, bidder
)
WHERE rn <= 2;
