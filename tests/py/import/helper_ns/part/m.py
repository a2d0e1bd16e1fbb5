X = 'namespace member'
