def tokens(items):
    for item in items:
        match item:
            case int(n):
                yield ("int", n)
            case str(s) if s.isdigit():
                yield ("digits", int(s))
            case [*parts]:
                yield from tokens(parts)
            case _:
                yield ("other", item)

print(list(tokens([1, "23", [4, "x", [5]], None])))

def send_loop():
    total = 0
    while True:
        msg = yield total
        match msg:
            case ("add", n):
                total += n
            case ("reset",):
                total = 0
            case "stop":
                return total

g = send_loop()
next(g)
print(g.send(("add", 5)), g.send(("add", 2)), g.send(("reset",)), g.send(("add", 1)))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
