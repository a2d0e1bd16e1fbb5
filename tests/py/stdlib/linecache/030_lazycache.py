# lazycache: sources from a loader's get_source, read on first use.
import linecache


class Loader:
    calls = 0

    def get_source(self, name):
        Loader.calls += 1
        if name == "gone":
            return None
        if name == "broken":
            raise ImportError("no source")
        return "line one\nline two for %s\n" % name


g = {"__name__": "fake.module", "__loader__": Loader()}
print(linecache.lazycache("/nonexistent/fake.py", g))
print(len(linecache.cache["/nonexistent/fake.py"]), Loader.calls)
print(linecache.lazycache("/nonexistent/fake.py", g))
print(linecache.getline("/nonexistent/fake.py", 2), end="")
print(Loader.calls, linecache.cache["/nonexistent/fake.py"][1:3])
print(linecache.lazycache("/nonexistent/fake.py", g))
linecache.checkcache()
print("/nonexistent/fake.py" in linecache.cache)

print(linecache.lazycache("<string>", g), linecache.lazycache("", g))
print(linecache.lazycache("/x/none.py", None), linecache.lazycache("/x/none.py", {}))
print(linecache.lazycache("/x/none.py", {"__name__": "m"}))
print(linecache.getlines("/x/gone.py", {"__name__": "gone", "__loader__": Loader()}))
print(linecache.getlines("/x/broken.py", {"__name__": "broken", "__loader__": Loader()}))


class Spec:
    loader = Loader()


print(linecache.getline("/x/spec.py", 1, {"__name__": "s", "__spec__": Spec()}), end="")
print(linecache.getlines("rel_missing.py", {"__name__": "r", "__loader__": Loader()}))
