# Arbitrary-precision integers: factorial of 2000, powers, big
# multiplication/division/modulo, pow() with modulus, str() of big numbers,
# int() parsing of long decimal strings, bit operations on big values.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


CHUNK = 10 ** 1000


def big_str(n):
    # str() of a huge int, converted in 1000-digit chunks so that it stays
    # under CPython's default int-to-str digit limit (4300 digits).
    if n < 0:
        return "-" + big_str(-n)
    if n < CHUNK:
        return str(n)
    parts = []
    while n >= CHUNK:
        n, r = divmod(n, CHUNK)
        parts.append(str(r).rjust(1000, "0"))
    parts.append(str(n))
    parts.reverse()
    return "".join(parts)


def digit_sum(n):
    return sum(ord(c) - 48 for c in big_str(n))


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def pi_digits(n):
    # Machin-like formula with fixed-point big integers.
    scale = 10 ** (n + 10)

    def arctan_inv(x):
        total = term = scale // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return big_str(pi // 10 ** 10)


def main():
    f = factorial(2000)
    s = big_str(f)
    print("fact2000", len(s), s[:20], digit_sum(f))
    total = 0
    for n in range(500, 2000, 2):
        total += digit_sum(factorial(n)) 
    print("factsum", total)

    p = 3 ** 5000
    q = 7 ** 3000
    prod = p * q
    print("pow", len(big_str(prod)), prod % 1000000007, (prod // q == p))
    print("modpow", pow(2, 10 ** 6, 10 ** 40 + 7), pow(12345, 678901, 2 ** 127 - 1))

    fb = fib_big(40000)
    print("fib40000", len(big_str(fb)), fb % 998244353)

    big = int("9" * 3000)
    print("parse", (big + 1) == 10 ** 3000, big.bit_length(), (big >> 5000) & 0xFFFF)
    x = (1 << 4000) - 1
    y = x ^ (x >> 7)
    print("bits", bin(y).count("1"), (x & (y | 12345)) % 65521)
    print("divmod", divmod(f, 10 ** 100 + 3)[1] % 1000003, -f // (10 ** 50) % 97)
    print("pi", pi_digits(10000)[-20:])


main()
