import fnmatch
tests = [(fnmatch.fnmatch, (1, '*')), (fnmatch.fnmatchcase, (1, '*')), (fnmatch.fnmatchcase, ('a', b'*')),
         (fnmatch.fnmatchcase, (b'a', '*')), (fnmatch.translate, (1,)), (fnmatch.filter, (['a', 1], 'a')),
         (fnmatch.fnmatch, ('a', 1)), (fnmatch.filter, ([b'a'], 'a'))]
for f, a in tests:
    try:
        print(f.__name__, f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
