import string
cases = ['hello world', '  hello   world  ', 'HELLO wORLD', "it's o'neil",
         'a\tb\nc', '', '   ', 'x', 'élan vital', '1st place', 'aBC dEF']
for s in cases:
    print(repr(s), repr(string.capwords(s)))
print(repr(string.capwords('a-b-c', '-')))
print(repr(string.capwords('a--b', '-')))
print(repr(string.capwords('hello  world', ' ')))
print(repr(string.capwords('one,two,,three', ',')))
for args in [('abc', ''), (5,), ('a b', 5)]:
    try:
        string.capwords(*args)
    except (ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
