# Nested while/for loops with integer arithmetic (bytecode dispatch, int ops).


def collatz_steps(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best_n, best


def triple_loop(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            k = 0
            while k < 8:
                acc = (acc + i * j - k) % 1000003
                k += 1
    return acc


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def main():
    print("collatz", collatz_steps(60000))
    print("triple", triple_loop(250))
    print("primes", sieve(600000))


main()
