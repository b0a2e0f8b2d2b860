INSERT INTO cat.db.sink /*+ OPTIONS('sink.parallelism' = '2') */ (a, b) SELECT a, b FROM src
