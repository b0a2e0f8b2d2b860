-- MATCH_RECOGNIZE: the rows of a match are read back from flink-cep's shared buffer along Dewey-versioned edges, and with an optional A? and reluctant B+? one start row's two paths share nodes: Flink reports B counts 12, 12, 10, 10 ... (not 12, 11, 10 ...), as the engine's port of SharedBuffer/DeweyNumber does (found by test/flink/random.mjs)
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '0' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES C.id AS cid, B.id AS bid, COUNT(B.id) AS nb ONE ROW PER MATCH AFTER MATCH SKIP TO NEXT ROW PATTERN (A? B+? C{1,2}? D) DEFINE A AS A.k = 'a', C AS C.v > 6, D AS PREV(v) IS NULL OR D.v >= PREV(v)) AS m;
