def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7), is_even(301))
def parse_expr(tokens, i=0):
    if tokens[i] == "(":
        total, i = 0, i + 1
        while tokens[i] != ")":
            v, i = parse_expr(tokens, i)
            total += v
        return total, i + 1
    return int(tokens[i]), i + 1
print(parse_expr("( 1 ( 2 3 ) ( ( 4 ) ) )".split()))
