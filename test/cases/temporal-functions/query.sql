-- Temporal functions: DATE_FORMAT, EXTRACT, FLOOR/CEIL TO unit, TIMESTAMPADD, TIMESTAMPDIFF, CAST to DATE and TIME, interval arithmetic.
CREATE TABLE events (
  id INT,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'events.csv',
  'format' = 'csv'
);

SELECT id,
  DATE_FORMAT(ts, 'yyyy/MM/dd HH:mm') AS fmt,
  EXTRACT(YEAR FROM ts) AS y,
  EXTRACT(DOW FROM ts) AS dow,
  FLOOR(ts TO HOUR) AS fl_hour,
  CEIL(ts TO DAY) AS ce_day,
  TIMESTAMPADD(DAY, 1, ts) AS next_day,
  TIMESTAMPDIFF(MINUTE, TIMESTAMP '2024-05-01 00:00:00', ts) AS minutes,
  CAST(ts AS DATE) AS d,
  CAST(ts AS TIME) AS t,
  ts + INTERVAL '90' MINUTE AS later,
  HOUR(ts) AS h
FROM events;
