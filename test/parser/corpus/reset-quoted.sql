RESET 'table.exec.mini-batch.enabled'
