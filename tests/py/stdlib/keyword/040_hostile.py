import keyword
for value in [3, None, b'if', 1.5, ('if',)]:
    print(repr(value), keyword.iskeyword(value), keyword.issoftkeyword(value))
for value in [[], {}, {'if'}]:
    try:
        print(keyword.iskeyword(value))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(keyword.issoftkeyword(value))
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(keyword.iskeyword(S('for')), keyword.issoftkeyword(S('case')))
