# Augmented assignment and a subscript store.
totals = {"a": 1}
totals["a"] += 1
totals["b"] += 1
