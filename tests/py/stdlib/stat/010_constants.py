import stat
names = sorted(n for n in dir(stat) if n.isupper() and isinstance(getattr(stat, n), int))
for n in names:
    print(n, oct(getattr(stat, n)) if n.startswith('S_') else getattr(stat, n))
print(sorted(n for n in dir(stat) if callable(getattr(stat, n)) and not n.startswith('_')))
