-- JSON_OBJECT (NULL ON NULL by default) and JSON_ARRAY (ABSENT ON NULL by default): strings escaped, numbers and booleans bare, a nested constructor inserted as JSON (found by test/flink/random.mjs).
CREATE TABLE items (
  id INT,
  name STRING,
  price DECIMAL(10, 2),
  ok BOOLEAN,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'items.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT id,
  JSON_OBJECT('id' VALUE id, 'name' VALUE name, 'price' VALUE price, 'ok' VALUE ok) AS o1,
  JSON_OBJECT(KEY 'n' VALUE name ABSENT ON NULL) AS o2,
  JSON_ARRAY(id, name, price, CAST(id AS DOUBLE) / 4) AS a1,
  JSON_ARRAY(name NULL ON NULL) AS a2,
  JSON_OBJECT('inner' VALUE JSON_OBJECT('x' VALUE id), 'list' VALUE JSON_ARRAY(id, 'z'), 'text' VALUE '{"a":1}') AS o3,
  JSON_OBJECT() AS o4,
  JSON_OBJECT('t' VALUE ts) AS o5
FROM items;
