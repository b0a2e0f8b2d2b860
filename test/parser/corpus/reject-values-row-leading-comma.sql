INSERT INTO T VALUES (1, 'Hi'), (, 'Hello')
