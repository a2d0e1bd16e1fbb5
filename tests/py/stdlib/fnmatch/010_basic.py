from fnmatch import fnmatch, fnmatchcase
cases = [('a.py', '*.py'), ('a.py', '*.PY'), ('.py', '*.py'), ('x/y.py', '*.py'), ('abc', 'a?c'),
         ('ac', 'a?c'), ('abc', '*'), ('', '*'), ('', ''), ('a', ''), ('abc', 'a*c*'), ('abc', '**c'),
         ('a\nb', 'a?b'), ('a\nb', 'a*b'), ('aaa', 'a*a*a'), ('aa', 'a*a*a'), ('x.txt', '*.[tp][xy]*'),
         ('foo', 'f*o'), ('foox', 'f*o'), ('*', '[*]'), ('?', '[?]'), ('[', '['), ('[a', '[a'),
         ('mississippi', '*sip*'), ('mississippi', 'm*iss*ppi'), ('mississippi', 'm*i*q*')]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch(name, pat), fnmatchcase(name, pat))
