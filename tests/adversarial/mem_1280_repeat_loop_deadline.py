# adversarial: bytes * n, str * n, bytearray * n, list * n, tuple * n and list *= n of 20 MB results in an endless loop under a deadline (each copy is one call) (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
n = 20 * 10**6
while True:
    b = b'x' * n
    b = None
    s = 'y' * n
    s = None
    a = bytearray(b'z') * n
    a = None
    l = [0] * (n // 8)
    l = None
    t = (1, 2, 3) * (n // 24)
    t = None
    l = [0]
    l *= n // 8
    l = None
