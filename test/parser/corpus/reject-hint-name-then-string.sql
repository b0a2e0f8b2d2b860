SELECT /*+ STATE_TTL(o, 'l') */ * FROM t
