# async with in a plain function
def f(m):
    async with m:
        pass
