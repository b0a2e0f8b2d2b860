-- A view over a call Flink 2.3.0's code generation refuses is created (CREATE VIEW validates, it generates no code); the query that reads the view fails: CodeGenException 'Unsupported call: CURRENT_TIME(INT NOT NULL)'.
CREATE VIEW w AS SELECT x, CURRENT_TIME(1) AS t FROM (VALUES ('a'), ('b')) AS v(x);
SELECT * FROM w;
