-- A LEFT JOIN under a WHERE condition that no NULL-padded row passes (u.tier = 'gold') is an
-- inner join (Calcite's RelOptUtil.simplifyJoin in FlinkFilterJoinRule): insert-only, so the
-- append-only kafka sink takes it; the condition filters users below the join.
CREATE TABLE orders (
  order_id INT,
  user_id INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

CREATE TABLE users (
  user_id INT,
  name STRING,
  tier STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'users.csv',
  'format' = 'csv'
);

CREATE TABLE enriched (
  order_id INT,
  name STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'enriched',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);
INSERT INTO enriched
SELECT o.order_id, u.name
FROM orders AS o
LEFT JOIN users AS u ON o.user_id = u.user_id
WHERE u.tier = 'gold';
