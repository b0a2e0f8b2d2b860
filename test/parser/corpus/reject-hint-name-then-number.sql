SELECT /*+ STATE_TTL(o, 1) */ * FROM t
