# adversarial: hex(), bin(), oct(), format(n, 'x'), shifts and + of a 10**7-bit int (work no limit counts, a few milliseconds each) in a loop whose 20,000 first iterations use a small int: the deadline's timer stops the loop at its next iteration, not a slice of up to 1,024 of them later (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
big = (1 << 10**7) - 1
n = 7
i = 0
while True:
    i += 1
    if i == 20000:
        n = big
    h = hex(n)
    h = bin(n)
    h = oct(n)
    h = format(n, 'x')
    h = None
    m = (n << 3) >> 2
    m = n + n
    m = None
