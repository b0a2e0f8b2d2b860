-- UNNEST over an ARRAY built in the query (SPLIT of a string), joined laterally.
CREATE TABLE tags (
  id INT,
  tag_list STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'tags.csv',
  'format' = 'csv'
);

SELECT id, tag
FROM tags
CROSS JOIN UNNEST(SPLIT(tag_list, ';')) AS t(tag);
