class Config:
    raw = {"debug": True, "level": 3}
    match raw:
        case {"debug": bool(debug), "level": int(level)}:
            pass
        case _:
            debug, level = False, 0

print(Config.debug, Config.level)

class Other:
    match [1, 2, 3]:
        case [first, *rest]:
            pass
print(Other.first, Other.rest)
