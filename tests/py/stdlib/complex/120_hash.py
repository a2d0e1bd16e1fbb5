# hash(complex(x, 0)) == hash(x); the imaginary part is weighted by 1000003.
values = [0j, 1 + 0j, -1 + 0j, 1.5 + 0j, 2 ** 70 + 0j, 1j, -1j, 1 + 2j,
          complex(-0.0, -0.0), 1e300 + 1e300j, complex(float('inf'), 0),
          complex(0, float('-inf')), 0.1 + 0.2j, complex(-2 ** 61, 1)]
for z in values:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(complex(2 ** 70)) == hash(float(2 ** 70)))
d = {1: 'int', 2.5: 'float'}
print(d[1 + 0j], d[2.5 + 0j], {1j: 1, 1j * 1: 2}, len({1, 1.0, 1 + 0j}))
print(len({1j, complex(0, 1), 0 + 1j}), {0j, 0, 0.0})
print(hash(complex(1.5, -1)) == hash(1.5) + 1000003 * hash(-1.0))
