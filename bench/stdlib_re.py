# re: log parsing (match with groups, findall), substitution with a
# template and a function, split, and a pathological-but-linear pattern.
import re

LEVELS = ['INFO', 'WARN', 'ERROR', 'DEBUG']
PATHS = ['/index.html', '/api/v1/users', '/static/app.js', '/login', '/api/v1/items/42']


def make_lines(n):
    lines = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        lines.append('2024-01-%02d %02d:%02d:%02d [%s] 10.0.%d.%d GET %s %d %dms'
                     % (1 + x % 28, x % 24, x % 60, (x >> 8) % 60, LEVELS[x % 4],
                        x % 256, (x >> 4) % 256, PATHS[x % 5], 200 + (x % 3) * 100, x % 997))
    return lines


lines = make_lines(60000)
line_re = re.compile(r'(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] ([\d.]+) (\w+) (\S+) (\d+) (\d+)ms')
levels = {}
total_ms = 0
for line in lines:
    m = line_re.match(line)
    if m:
        levels[m.group(7)] = levels.get(m.group(7), 0) + 1
        total_ms += int(m.group(12))
print(sorted(levels.items()), total_ms)

text = '\n'.join(lines[:20000])
ips = re.findall(r'10\.0\.(\d+)\.(\d+)', text)
print(len(ips), ips[:2])
errors = re.findall(r'^.*\[ERROR\].*$', text, re.M)
print(len(errors))
print(len(re.findall(r'\b\w+\b', text)))

anon = re.sub(r'10\.0\.\d+\.\d+', 'x.x.x.x', text)
print(len(anon), anon.count('x.x.x.x'))
swapped = re.sub(r'(\d\d):(\d\d):(\d\d)', r'\3:\2:\1', text)
print(swapped[:40])
n = [0]
def bump(m):
    n[0] += 1
    return str(int(m.group(1)) + 1)
bumped = re.sub(r'(\d+)ms', bump, text)
print(n[0], len(bumped))
print(len(re.split(r'\s+', text)))

for i in range(3000):
    re.match(r'\[(\w+)\]', lines[i][20:])
# Pathological for a naive engine but linear here.
s = 'a' * 20000 + 'b'
print(re.search(r'a*a*a*b', s).span(), re.fullmatch(r'(?:a|b)*b', s).span())
print(len(re.findall(r'a{3}', s)), re.search(r'x|a+b', s).span())
