-- A qualified column name in CREATE TABLE: Flink 2.3.0's parser takes a.b and names the column a (its first part).
CREATE TABLE t (a.b INT, c INT) WITH ('connector' = 'datagen', 'number-of-rows' = '2',
  'fields.a.kind' = 'sequence', 'fields.a.start' = '5', 'fields.a.end' = '6',
  'fields.c.kind' = 'sequence', 'fields.c.start' = '7', 'fields.c.end' = '8');
SELECT a, c FROM t;
