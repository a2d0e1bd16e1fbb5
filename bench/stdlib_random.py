# Random-driven simulations: blackjack hands dealt from shuffled shoes, a
# 2-D random walk, a Monte Carlo estimate of pi, dice statistics, weighted
# choices and samples. Every generator is seeded, so the output is the same
# on every run and under every implementation that follows CPython's
# Mersenne Twister.

import random


def blackjack(rng, hands):
    ranks = [2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10, 10, 11]
    shoe = ranks * 4 * 6
    wins = losses = pushes = 0
    pos = len(shoe)
    for _ in range(hands):
        if pos > len(shoe) - 20:
            rng.shuffle(shoe)
            pos = 0

        def draw():
            nonlocal pos
            pos += 1
            return shoe[pos - 1]

        player = [draw(), draw()]
        dealer = [draw(), draw()]
        while total(player) < 17:
            player.append(draw())
        p = total(player)
        if p > 21:
            losses += 1
            continue
        while total(dealer) < 17:
            dealer.append(draw())
        d = total(dealer)
        if d > 21 or p > d:
            wins += 1
        elif p < d:
            losses += 1
        else:
            pushes += 1
    return wins, losses, pushes


def total(cards):
    t = sum(cards)
    aces = cards.count(11)
    while t > 21 and aces:
        t -= 10
        aces -= 1
    return t


def random_walk(rng, steps):
    x = y = 0
    far = 0
    moves = ((1, 0), (-1, 0), (0, 1), (0, -1))
    for _ in range(steps):
        dx, dy = rng.choice(moves)
        x += dx
        y += dy
        d = x * x + y * y
        if d > far:
            far = d
    return x, y, far


def monte_carlo_pi(rng, n):
    inside = 0
    r = rng.random
    for _ in range(n):
        a = r()
        b = r()
        if a * a + b * b <= 1.0:
            inside += 1
    return 4.0 * inside / n


def dice(rng, n):
    counts = [0] * 13
    for _ in range(n):
        counts[rng.randint(1, 6) + rng.randint(1, 6)] += 1
    return counts


def distributions(rng, n):
    g = u = e = 0.0
    for _ in range(n):
        g += rng.gauss(10.0, 2.0)
        u += rng.uniform(-1.0, 1.0)
        e += rng.expovariate(0.5)
    return round(g / n, 6), round(u / n, 6), round(e / n, 6)


def sampling(rng, rounds):
    population = list(range(1000))
    acc = 0
    for _ in range(rounds):
        acc += sum(rng.sample(population, 10))
        acc += sum(rng.choices(population, k=10))
        acc += rng.randrange(0, 1000, 7)
    return acc


def main():
    rng = random.Random(2024)
    print("blackjack", blackjack(rng, 60000))
    print("walk", random_walk(random.Random("walk"), 300000))
    print("pi", monte_carlo_pi(random.Random(3), 600000))
    print("dice", dice(random.Random(-99), 180000))
    print("dist", distributions(random.Random(7), 120000))
    print("sampling", sampling(random.Random(2 ** 80 + 1), 15000))
    random.seed(12345)
    deck = list(range(52))
    for _ in range(9000):
        random.shuffle(deck)
    print("deck", deck[:10], random.getrandbits(64))


main()
