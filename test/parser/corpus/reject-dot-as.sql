SELECT a.b. AS x FROM t
