# nested async comprehension makes the outer one async
def f(y):
    return [[z async for z in x] for x in y]
