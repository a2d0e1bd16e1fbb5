OTHER = 'other'
