# A failing call to a builtin in the middle of an expression.
values = [3, 1, 2]
biggest = max(values) + len(5) + 1
