-- Top-2 bidders per item by their total, the ranking in the same SELECT as the GROUP BY: Calcite aggregates first and ranks the aggregate's rows (a Rank over the GroupAggregate, as the nested form topn-over-aggregate), with an aggregate call in ORDER BY, a HAVING, and the rank number printed.
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT item, bidder, total, n, rn
FROM (
  SELECT item, bidder, SUM(price) AS total, COUNT(*) AS n,
    ROW_NUMBER() OVER (PARTITION BY item ORDER BY SUM(price) DESC, bidder) AS rn
  FROM bids
  WHERE price > 5
  GROUP BY item, bidder
  HAVING COUNT(*) >= 1
)
WHERE rn <= 2;
