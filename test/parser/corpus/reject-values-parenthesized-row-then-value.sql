INSERT INTO T VALUES (1, 'Hi'), (ROW(1), 'Hello')
