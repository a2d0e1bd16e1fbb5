# A failure inside a lambda and a comprehension.
double = lambda v: v * 2 - undefined
values = [double(v) for v in range(3)]
