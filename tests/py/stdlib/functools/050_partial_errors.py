# partial: argument checks, read-only attributes, bad keywords.
from functools import partial


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class P(partial):
    pass


attempt(lambda: partial())
attempt(lambda: P())
attempt(lambda: partial(func=max))
attempt(lambda: partial(1))
attempt(lambda: partial(None, 1))
attempt(lambda: partial("abc"))
attempt(lambda: partial.__new__(int, max))

p = partial(max, 1)


def set_args():
    p.args = ()


def del_func():
    del p.func


def set_keywords():
    p.keywords = {}


attempt(set_args)
attempt(del_func)
attempt(set_keywords)

k = partial(max, 1, key=len)
k.keywords[1] = 3
attempt(lambda: k(2))

attempt(lambda: partial(max)())
attempt(lambda: partial(len, 1, 2)())
attempt(lambda: partial(max)[0])
attempt(lambda: partial(max) + 1)
attempt(lambda: isinstance(hash(partial(max)), int))

# Attributes of the instance dict are allowed.
p.label = "ok"
print(p.label, p.__dict__)
