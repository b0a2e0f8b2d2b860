ALTER TABLE MyTable RENAME request_body TO a.b
