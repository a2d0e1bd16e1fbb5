print("this line must not run: the whole file fails to compile")
match "a":
    case f"a":
        pass
