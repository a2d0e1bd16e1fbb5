"""A bank-queue simulation with a deterministic generator, deque and stats."""
from collections import deque, Counter


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed


rng = lcg(2024)
tellers = [0, 0, 0]
queue = deque()
waits = []
served = Counter()
for minute in range(240):
    if next(rng) % 10 < 6:
        queue.append((minute, 1 + next(rng) % 7))
    for t in range(len(tellers)):
        if tellers[t] <= minute and queue:
            arrived, duration = queue.popleft()
            waits.append(minute - arrived)
            tellers[t] = minute + duration
            served[t] += 1
print("served:", len(waits), "left in queue:", len(queue))
print("average wait: %.2f" % (sum(waits) / len(waits)), "max wait:", max(waits))
print("per teller:", sorted(served.items()))
hist = Counter(w // 5 * 5 for w in waits)
for bucket in sorted(hist):
    print(f"{bucket:3}-{bucket + 4:<3} {'*' * (hist[bucket] // 2)}")
