print("this line must not run: the whole file fails to compile")
match {}:
    case {"a": 1, "a": 2}:
        pass
