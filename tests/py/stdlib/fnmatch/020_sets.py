from fnmatch import fnmatchcase
pats = ['[abc]', '[!abc]', '[]]', '[!]]', '[a-z]', '[z-a]', '[a-c-e]', '[a-]', '[--/]', '[^y]', '[a&&b]',
        '[[]', '[!a-c]', '[a-a]', '[b-a-c]', '[!b-a]', '[\\]', '[é-ü]', '[!]', '[]-]']
names = ['a', 'b', 'd', 'z', ']', '!', '-', 'c', 'e', '&', '[', '^', 'y', '\\', '/', 'ö', 'é', '.', '']
for p in pats:
    print(repr(p), ''.join('1' if fnmatchcase(n, p) else '0' for n in names))
