# await in a list comprehension in a plain function
def f(it):
    return [await x for x in it]
