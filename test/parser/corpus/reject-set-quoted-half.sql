SET 'a' = b
