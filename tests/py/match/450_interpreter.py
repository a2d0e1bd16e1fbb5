def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ["+", *args]:
            return sum(evaluate(a, env) for a in args)
        case ["*", a, b]:
            return evaluate(a, env) * evaluate(b, env)
        case ["let", str(name), value, body]:
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ["if", cond, then, else_]:
            return evaluate(then if evaluate(cond, env) else else_, env)
        case [op, *_]:
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise ValueError(f"bad expression {expr!r}")

print(evaluate(["+", 1, 2, ["*", 3, 4]], {}))
print(evaluate(["let", "x", 5, ["*", "x", "x"]], {}))
print(evaluate(["if", 0, 1, ["+", "y", 1]], {"y": 41}))
for bad in [["-", 1], {}]:
    try:
        evaluate(bad, {})
    except ValueError as e:
        print(type(e).__name__, e)
