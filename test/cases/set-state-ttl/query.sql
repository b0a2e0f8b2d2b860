-- SET 'table.exec.state.ttl' before a GROUP BY: accepted; with a TTL longer than the run the changelog is unchanged.
SET 'table.exec.state.ttl' = '1 h';
CREATE TABLE page_views (
  user_id STRING,
  url STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'page_views.csv',
  'format' = 'csv'
);

SELECT user_id, COUNT(*) AS cnt FROM page_views GROUP BY user_id;
