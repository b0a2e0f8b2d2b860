-- A column named views (no back-quotes) is a parse error in Flink: VIEWS is reserved.
CREATE TABLE pages (
  page STRING,
  views INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'pages.csv',
  'format' = 'csv'
);
SELECT page FROM pages;
