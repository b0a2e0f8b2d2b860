-- Batch mode reads a join's smaller input first, as Flink's batch join reads its build side
-- first (readOrder in its plan), and streams the larger one through it: the rows come in the
-- larger input's order, each with its matches (Flink 2.3.0 in batch mode printed these rows in
-- this order). Streaming mode reads the tables in DDL order instead.
CREATE TABLE events (
  id INT,
  k STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'events.csv',
  'format' = 'csv'
);

CREATE TABLE dim (
  k STRING,
  name STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'dim.csv',
  'format' = 'csv'
);

SELECT e.id, e.k, d.name FROM events AS e JOIN dim AS d ON e.k = d.k;
