import os.path as p
tests = [
    (p.join, (1,)), (p.join, ('a', 1)), (p.join, ('a', b'b')), (p.join, (b'a', 'b')),
    (p.join, ('a', None)), (p.split, (1,)), (p.splitext, (1,)), (p.basename, (None,)),
    (p.dirname, (1.5,)), (p.normpath, (1,)), (p.abspath, (1,)), (p.isabs, (1,)),
    (p.splitdrive, (1,)), (p.ismount, (1,)), (p.realpath, (1,)), (p.relpath, (1,)),
    (p.relpath, ('a', 1)), (p.commonpath, (['a', 1],)), (p.commonpath, ([1],)), (p.getsize, (1.5,)),
    (p.samefile, ('/', 1.5)), (p.commonprefix, ([1, 2],)), (p.join, ()), (p.split, ()),
]
for f, a in tests:
    try:
        print(f.__name__, repr(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
