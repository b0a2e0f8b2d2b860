-- SUM result types: SUM(INT) is INT (overflow not widened), SUM(BIGINT), SUM(DOUBLE), SUM(DECIMAL(10,2)) is DECIMAL(38,2).
CREATE TABLE m (
  k STRING,
  i INT,
  b BIGINT,
  d DOUBLE,
  dc DECIMAL(10, 2)
) WITH (
  'connector' = 'filesystem',
  'path' = 'm.csv',
  'format' = 'csv'
);

SELECT k, SUM(i) AS si, SUM(b) AS sb, SUM(d) AS sd, SUM(dc) AS sdec
FROM m
GROUP BY k;
