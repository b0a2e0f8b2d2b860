SELECT ts, name, type, status, `key`, `value`, data, `date` FROM `user`
