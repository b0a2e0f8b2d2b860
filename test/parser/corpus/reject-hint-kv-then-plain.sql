SELECT /*+ STATE_TTL('o'='3d', 'l') */ * FROM t
