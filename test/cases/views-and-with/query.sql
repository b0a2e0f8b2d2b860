-- CREATE VIEW and a WITH clause feeding a GROUP BY; the `views` column needs back-quotes (reserved word).
CREATE TABLE pages (
  page STRING,
  `views` INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'pages.csv',
  'format' = 'csv'
);
CREATE VIEW busy_pages AS SELECT page, `views` FROM pages WHERE `views` > 2;
WITH totals AS (
  SELECT page, SUM(`views`) AS total FROM busy_pages GROUP BY page
)
SELECT page, total FROM totals WHERE total >= 7;
