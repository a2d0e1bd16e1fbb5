# UserString: a str held in .data
from collections import UserString

s = UserString('hello')
print(s, repr(s), s.data, len(s), s[1], s[1:3], type(s[1]).__name__, type(s.upper()).__name__)
print(s + 'x', 'x' + s, s + UserString('!'), s * 2, 2 * s, s + 1)
print('ell' in s, UserString('ll') in s, s == 'hello', s == UserString('hello'), s < 'z', s > UserString('a'))
print(hash(s) == hash('hello'), str(s), int(UserString('42')), float(UserString('2.5')))
print(s.upper(), s.capitalize(), s.title(), s.swapcase(), s.casefold(), s.center(9, '*'), s.ljust(7, '-'), s.rjust(7))
print(s.find('l'), s.rfind('l'), s.index('o'), s.rindex('l'), s.count('l'), s.count(UserString('l')))
print(s.split('l'), s.rsplit('l', 1), s.partition('l'), s.rpartition('l'), s.splitlines(), s.strip('ho'))
print(s.replace('l', 'L'), s.replace(UserString('h'), UserString('J')), s.zfill(8), s.lstrip('h'), s.rstrip('o'))
print(s.startswith('he'), s.endswith('lo'), s.isalpha(), s.isdigit(), s.islower(), s.isupper(), s.isidentifier())
print(s.encode(), s.format(), UserString('%s!') % 'hi', UserString('%d-%d') % (1, 2), s.join(['a', 'b']))
print(s.removeprefix('he'), s.removesuffix('lo'), UserString('a\tb').expandtabs(4), s.translate({104: 'H'}))
print(UserString(5), repr(UserString(5.0)), UserString(UserString('copy')), UserString('{0}{x}').format(1, x=2))
print(sorted([UserString('b'), UserString('a')]), list(UserString('ab')), UserString('abc')[::-1])
try:
    s.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)

class Upper(UserString):
    def __init__(self, seq):
        super().__init__(str(seq).upper())

u = Upper('abc')
print(u, u + 'd', type(u + 'd').__name__, u.lower(), type(u.lower()).__name__)
