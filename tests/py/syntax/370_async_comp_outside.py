# async comprehension in a plain function
def f(it):
    return [x async for x in it]
