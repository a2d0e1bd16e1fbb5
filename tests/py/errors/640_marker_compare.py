# Comparisons between unorderable types.
limit = 10
value = "5"
ok = value < limit and limit > 0
