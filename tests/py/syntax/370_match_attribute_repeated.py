print("this line must not run: the whole file fails to compile")
match 1:
    case int(real=1, real=2):
        pass
