# format() with every spec complex accepts.
inf = float('inf'); nan = float('nan')
specs = ['', '10', '.3', 'f', 'g', 'e', 'E', 'F', 'G', 'n', '+', ' ', '-', '^20',
         '<20', '*>18', ',', '_', '.2f', '#', '#g', 'z', 'zf', '10.3', '>+12.2e',
         '_.2f', '+,.1f', ' g', '+g', '#.0f', '#.0e', '.0', '#.0', '.0g', '.1',
         '.17', '.17g', '-^30,', 'x<16']
values = [1 + 2j, 1.5j, complex(-0.0, -0.0), complex(-0.0, 0.0), complex(1e20, -1e-7),
          complex(nan, -inf), 1234567.5 + 0.25j, 1234567j, complex(inf, 0)]
for s in specs:
    print(repr(s), ' '.join(repr(format(z, s)) for z in values))
