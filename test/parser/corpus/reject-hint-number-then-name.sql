SELECT /*+ STATE_TTL(1, o) */ * FROM t
