import secrets
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))
print(secrets.randbelow(1))
print(all(0 <= secrets.randbits(7) < 128 for _ in range(200)))
print(secrets.randbits(0))
seen = {secrets.choice('abc') for _ in range(200)}
print(sorted(seen))
print(secrets.choice([42]))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom))
r = secrets.SystemRandom()
print(0 <= r.random() < 1, 1 <= r.randint(1, 6) <= 6)
