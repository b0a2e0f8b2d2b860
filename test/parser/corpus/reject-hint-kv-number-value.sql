SELECT /*+ STATE_TTL(x = 1) */ * FROM t
