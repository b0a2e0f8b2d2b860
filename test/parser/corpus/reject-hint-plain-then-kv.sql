SELECT /*+ STATE_TTL('o', 'l'='1d') */ * FROM t
