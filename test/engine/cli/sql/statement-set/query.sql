CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE printed (k STRING, v INT) WITH ('connector' = 'print');
CREATE TABLE counts (k STRING, n BIGINT, s INT) WITH ('connector' = 'print');
CREATE TABLE big (k STRING, v INT, ts TIMESTAMP(3), flag BOOLEAN) WITH ('connector' = 'blackhole');
EXECUTE STATEMENT SET BEGIN
  INSERT INTO printed SELECT k, v FROM t WHERE v > 2;
  INSERT INTO counts SELECT k, COUNT(*), SUM(v) FROM t GROUP BY k;
  INSERT INTO big SELECT k, v, ts, v IS NULL FROM t;
END;
