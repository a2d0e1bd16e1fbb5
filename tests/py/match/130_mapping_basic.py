def f(x):
    match x:
        case {"action": "move", "to": dest}:
            return ("move", dest)
        case {"action": action}:
            return ("action", action)
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"action": "move", "to": (1, 2)}, {"action": "stop", "extra": 1}, {"x": 1}, {}, [("action", 1)], "action"]:
    print(v, f(v))
