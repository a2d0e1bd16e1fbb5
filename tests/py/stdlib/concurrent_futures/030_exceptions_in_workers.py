import concurrent.futures as cf

def fail(x):
    if x == 2:
        raise KeyError(x)
    return x

with cf.ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(fail, i) for i in range(4)]
    for f in fs:
        e = f.exception()
        print(repr(e) if e else f.result())
    it = ex.map(fail, range(4))
    print(next(it), next(it))
    try:
        next(it)
    except KeyError as e:
        print("map raised", repr(e))
    try:
        ex.submit(1).result()
    except TypeError as e:
        print(type(e).__name__, e)
