SELECT /*+ STATE_TTL(x = 'a', y) */ * FROM t
