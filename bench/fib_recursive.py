# Recursion: naive doubly-recursive Fibonacci (function call overhead).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(25, 33):
        total += fib(n)
    print("fib(25) =", fib(25))
    print("checksum", total)


main()
