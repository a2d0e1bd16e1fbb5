import re
print(re.I, re.IGNORECASE, repr(re.I))
print(repr(re.I | re.M), str(re.I | re.M))
print(repr(re.NOFLAG), repr(re.I | 1 << 20))
print(int(re.I), int(re.L), int(re.M), int(re.S), int(re.U), int(re.X), int(re.A), int(re.DEBUG), int(re.T))
print(re.I | re.M == 10, type(re.I | re.M).__name__, isinstance(re.I, int))
print(re.RegexFlag.IGNORECASE is re.I, re.RegexFlag(2))
print([f.name for f in (re.A, re.I, re.L, re.U, re.M, re.S, re.X)])
print(re.IGNORECASE in (re.I | re.S), bool(re.NOFLAG))
