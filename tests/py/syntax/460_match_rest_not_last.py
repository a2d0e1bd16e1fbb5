print("this line must not run: the whole file fails to compile")
match {}:
    case {**rest, "a": 1}:
        pass
