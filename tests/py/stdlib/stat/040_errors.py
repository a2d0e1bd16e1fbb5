import stat
for bad in ['x', -1, 2 ** 70, 1.5, None, 2 ** 40 + 5, 2 ** 32]:
    for f in (stat.S_ISDIR, stat.S_IMODE, stat.S_IFMT, stat.filemode):
        try:
            print(f.__name__, repr(bad), f(bad))
        except Exception as e:
            print(f.__name__, repr(bad), type(e).__name__, e)
print(stat.S_IMODE(2 ** 32 - 1), stat.S_ISDIR(True))
