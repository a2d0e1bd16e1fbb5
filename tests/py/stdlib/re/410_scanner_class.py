import re
def s_ident(scanner, token): return ('ID', token)
def s_op(scanner, token): return ('OP', token)
def s_int(scanner, token): return ('INT', int(token))
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+", s_int),
    (r"[=+*/-]", s_op),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312 - bar"))
print(scanner.scan("x = 1 $ y"))
