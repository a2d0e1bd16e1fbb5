print(set(), frozenset(), {1}, frozenset({5}), repr({0}))
print({(1, 2)}, [{1}], {frozenset({2})})
print(str({7}), f"{ {1} }")
