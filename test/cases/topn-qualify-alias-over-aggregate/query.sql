-- QUALIFY on the SELECT list's ROW_NUMBER alias in an aggregating query, ranked by a group key: Flink 2.3.0 runs it as a Top-N over the GroupAggregate (ranked by an aggregate call it fails, in code generation or its OVER check by function; the engine says not supported yet there).
CREATE TABLE bids (
  item STRING,
  bidder STRING,
  price INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'bids.csv',
  'format' = 'csv'
);

SELECT item, SUM(price) AS s, ROW_NUMBER() OVER (ORDER BY item DESC) AS rn FROM bids GROUP BY item QUALIFY rn <= 2;
