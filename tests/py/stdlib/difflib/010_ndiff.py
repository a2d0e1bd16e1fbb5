import difflib

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'fibe\n', 'six\n']
print(''.join(difflib.ndiff(a, b)), end='')
print(list(difflib.ndiff(["\tabc def\n"], ["\tabd deg\n"])))
print(list(difflib.ndiff(['same'], ['same'])))
print(list(difflib.ndiff(['completely'], ['unrelated text'])))
delta = list(difflib.ndiff(a, b))
print(''.join(difflib.restore(delta, 1)) == ''.join(a))
print(''.join(difflib.restore(delta, 2)) == ''.join(b))
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print('ValueError', e)
d = difflib.Differ()
print(list(d.compare(['abcdefg'], ['abcxefg', 'new'])))
