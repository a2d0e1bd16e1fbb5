print("this line must not run: the whole file fails to compile")
def f(v):
    match v:
        case x if x:
            pass
        case y:
            pass
        case z:
            pass
