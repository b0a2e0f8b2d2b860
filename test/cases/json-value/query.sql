-- JSON_VALUE, JSON_EXISTS and JSON_QUERY over a JSON string column read from JSON lines.
CREATE TABLE events (
  id INT,
  payload STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'events.jsonl',
  'format' = 'json'
);

SELECT id,
  JSON_VALUE(payload, '$.user.name') AS name,
  JSON_VALUE(payload, '$.user.age' RETURNING INT) AS age,
  JSON_VALUE(payload, '$.user.age' RETURNING INT DEFAULT 0 ON EMPTY) AS age0,
  JSON_EXISTS(payload, '$.tags[0]') AS has_tag,
  JSON_QUERY(payload, '$.tags') AS tags
FROM events;
