SELECT /*+ STATE_TTL('a'='1d') */ */ * FROM t
