CALL cat.sys.compact('db.t', 1)
