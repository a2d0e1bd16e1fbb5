import warnings


def count(action, n=3, text="msg", category=UserWarning):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter(action)
        for i in range(n):
            warnings.warn(text, category)
        warnings.warn(text, category)
    return len(w)


for action in ["always", "default", "module", "once", "ignore"]:
    print(action, count(action))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn(UserWarning("inst"))
    except UserWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep")
    warnings.warn("keep this")
    warnings.warn("drop this")
    warnings.warn("KEEP upper")
    print([str(m.message) for m in w])
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.filterwarnings("error", category=DeprecationWarning)
    warnings.simplefilter("always", append=True)
    warnings.warn("ok", UserWarning)
    try:
        warnings.warn("dep", DeprecationWarning)
    except DeprecationWarning as e:
        print("dep raised", e)
    print(len(w), warnings.filters[0][0], warnings.filters[-1][0], len(warnings.filters))
