# adversarial: ==, !=, <, <=, >= of two equal 8 MB strs and of two equal 8 MB bytes, and slices of them, four times an iteration, in a loop whose 20,000 first iterations compare short ones (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
n = 8 * 10**6
S, T = 'x' * n, 'x' * n
B, C = b'y' * n, b'y' * n
s, t, b, c = 'x', 'x', b'y', b'y'
i = 0
while True:
    i += 1
    if i == 20000:
        s, t, b, c = S, T, B, C
    r = s == t
    r = s < t
    r = b == c
    r = b < c
    r = b >= c
    r = s <= t
    r = s != t
    r = b != c
    r = b <= c
    r = s == t
    r = s < t
    r = b == c
    r = b < c
    r = b >= c
    r = s <= t
    r = s != t
    r = b != c
    r = b <= c
    r = s == t
    r = s < t
    r = b == c
    r = b < c
    r = b >= c
    r = s <= t
    r = s != t
    r = b != c
    r = b <= c
    r = s == t
    r = s < t
    r = b == c
    r = b < c
    r = b >= c
    r = s <= t
    r = s != t
    r = b != c
    r = b <= c
    u = s[1:]
    u = s[::3]
    u = None
    u = b[2:]
    u = None
