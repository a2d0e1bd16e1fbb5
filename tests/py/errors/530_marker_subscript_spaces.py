# Spaces inside the brackets.
items = [10, 20]
x = items [ 7 ] + 1
