import concurrent.futures as cf

class Inline(cf.Executor):
    def submit(self, fn, /, *args, **kwargs):
        f = cf.Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except BaseException as e:
            f.set_exception(e)
        return f

with Inline() as ex:
    print(ex.submit(sum, [1, 2, 3]).result())
    print(list(ex.map(str.upper, ["a", "b"])))
try:
    cf.Executor().submit(print)
except NotImplementedError as e:
    print(type(e).__name__)
try:
    cf.ProcessPoolExecutor
    print("ProcessPoolExecutor" in cf.__all__)
except AttributeError:
    print("missing")
print(sorted(cf.__all__))
