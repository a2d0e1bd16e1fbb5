import warnings


def helper():
    warnings.warn("from helper", stacklevel=2)


def deeper():
    warnings.warn("two up", stacklevel=3)


def caller():
    deeper()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    helper()
    caller()
    warnings.warn("far", stacklevel=50)
for m in w:
    print(m.message, m.lineno, m.filename if m.filename == "sys" else "file")
reg = {}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn_explicit("once here", UserWarning, "f.py", 10, registry=reg)
    print(len(w), sorted(k for k in reg if k != "version"))
    warnings.warn_explicit("mod", UserWarning, "m.py", 1, module="m", registry={})
    print(len(w), w[-1].filename)
print("__warningregistry__" in globals())
with warnings.catch_warnings(record=True, action="always") as w:
    warnings.warn("via action")
print(len(w), warnings.catch_warnings(action="ignore", category=UserWarning)._filter)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(2):
        warnings.warn("dep main", DeprecationWarning)
print(len(w))
