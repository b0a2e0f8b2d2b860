SELECT * FROM (t /*+ OPTIONS('a'='b') */)
