import re
def up(m):
    return m.group(0).upper()
print(re.sub(r'\b\w', up, 'hello big world'))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) + 1), 'a9 b99'))
calls = []
def rec(m):
    calls.append((m.span(), m.pos, m.endpos))
    return ''
print(re.sub('a', rec, 'xaya'), calls)
try:
    re.sub('x', lambda m: 1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.sub('x', lambda m: 1 / 0, 'x')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(re.sub(b'a', lambda m: b'<' + m.group() + b'>', b'banana'))
