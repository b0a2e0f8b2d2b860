SELECT * FROM f(x) /*+ OPTIONS('a'='b') */
