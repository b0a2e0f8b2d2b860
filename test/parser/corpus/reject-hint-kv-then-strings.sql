SELECT /*+ STATE_TTL('k' = 'v', 'a' 'b') */ * FROM t
