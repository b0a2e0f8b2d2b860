-- UNION (distinct) is a GroupAggregate over the union: duplicates emit nothing.
CREATE TABLE a_in (
  x INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'a.csv',
  'format' = 'csv'
);

CREATE TABLE b_in (
  x INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'b.csv',
  'format' = 'csv'
);

SELECT x FROM a_in
UNION
SELECT x FROM b_in;
