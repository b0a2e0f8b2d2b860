-- EXECUTE STATEMENT SET with a GROUP BY into an append-only kafka sink: Flink rejects the set with the INSERT's error.
CREATE TABLE src (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'src.csv', 'format' = 'csv');
CREATE TABLE printed (k STRING, v INT) WITH ('connector' = 'print');
CREATE TABLE appended (k STRING, n BIGINT) WITH ('connector' = 'kafka', 'topic' = 'o', 'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json');
EXECUTE STATEMENT SET BEGIN
  INSERT INTO printed SELECT k, v FROM src;
  INSERT INTO appended SELECT k, COUNT(*) FROM src GROUP BY k;
END;
