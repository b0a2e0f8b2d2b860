-- REGEXP_REPLACE, REGEXP_EXTRACT, SPLIT_INDEX, LIKE, SIMILAR TO style filters, REVERSE, REPEAT.
CREATE TABLE logs (
  id INT,
  line STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'logs.csv',
  'format' = 'csv'
);

SELECT id,
  SPLIT_INDEX(line, ' ', 0) AS verb,
  REGEXP_EXTRACT(line, '/api/(\w+)/(\d+)', 1) AS entity,
  REGEXP_REPLACE(line, '[0-9]+', '#') AS masked,
  REVERSE(SPLIT_INDEX(line, ' ', 2)) AS rev,
  REPEAT('*', id) AS stars
FROM logs
WHERE line LIKE '%/api/%';
