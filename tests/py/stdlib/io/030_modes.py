from helper_tmp import TempDir


def attempt(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
        print("ok", f.mode if hasattr(f, "mode") else "", type(f).__name__)
        f.close()
    except Exception as e:
        print(type(e).__name__, e)


with TempDir("tmp_030") as d:
    p = d.file("m.txt")
    open(p, "w").close()
    for mode in ["rw", "r+w", "wa", "rt b", "z", "rbt", "", "b", "+", "rr", "U", "rU",
                 "tr", "rt", "bw", "w+b", "ab+", "x+", "++r"]:
        print(repr(mode), end=" ")
        attempt(p if "x" not in mode else d.file("new_" + str(len(mode))), mode)
    attempt(p, "rb", encoding="utf-8")
    attempt(p, "rb", errors="strict")
    attempt(p, "rb", newline="")
    attempt(p, "r", newline="x")
    attempt(p, "r", newline=5)
    attempt(p, "r", buffering=0)
    attempt(p, "rb", buffering=0)
    attempt(p, "r", encoding="bogus")
    attempt(p, "r", encoding=5)
    attempt(p, "r", errors=5)
    attempt(p, 5)
    attempt(p, "r", buffering=2.5)
    attempt(3.5)
    attempt(None)
    attempt([p])
    attempt(p, "r", bogus=1)
    attempt()
    attempt(p, "r", 1, None, None, None, True, None, 9)
    attempt(p + "\0x")
