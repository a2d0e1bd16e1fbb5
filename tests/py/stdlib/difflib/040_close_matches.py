import difflib

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('abc', ['abd', 'abe', 'abf', 'xyz'], n=2))
print(difflib.get_close_matches('abc', ['abd', 'abc'], cutoff=1.0))
for kw in ({'n': 0}, {'cutoff': 1.5}, {'cutoff': -0.1}):
    try:
        difflib.get_close_matches('a', ['a'], **kw)
    except ValueError as e:
        print('ValueError', e)
