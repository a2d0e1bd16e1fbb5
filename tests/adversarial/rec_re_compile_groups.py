# adversarial: re.compile of 400 nested groups of every kind (found by the re_compile fuzz target: a 256 KB thread overflowed at 300), then 2,000 (RecursionError)
# cli: RecursionError
# embedded: RecursionError
import re
n = 400
for pat in ("(" * n + "a" + ")" * n, "(?:" * n + "a" + ")" * n, "(?=" * n + "a" + ")" * n,
            "(?P<g0>" + "".join("(?P<g%d>" % i for i in range(1, n)) + "a" + ")" * n,
            "(?>" * n + "a" + ")" * n, "(a|" * n + "b" + ")" * n):
    p = re.compile(pat)
    assert p.search("xa" if "|" not in pat else "b"), pat[:10]
    p.sub("", "aa")
re.compile("(" * 2000 + ")" * 2000)
