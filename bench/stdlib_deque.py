# collections.deque as a queue (BFS over a grid graph) and as a sliding
# window (maxlen), plus rotate: the ways scripts use deque.
from collections import deque

W, H = 500, 500
walls = set()
s = 12345
for _ in range(W * H // 5):
    s = (s * 1103515245 + 12345) % 2147483648
    walls.add((s % W, (s >> 16) % H))
walls.discard((0, 0))

def bfs():
    dist = {(0, 0): 0}
    q = deque([(0, 0)])
    while q:
        x, y = q.popleft()
        d = dist[(x, y)] + 1
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < W and 0 <= ny < H and (nx, ny) not in walls and (nx, ny) not in dist:
                dist[(nx, ny)] = d
                q.append((nx, ny))
    return len(dist), max(dist.values())

print(bfs())

window = deque(maxlen=50)
total = 0
for i in range(1000000):
    window.append(i % 97)
    if len(window) == 50:
        total += window[0] - window[-1]
print(total)

d = deque(range(1000))
for i in range(2000):
    d.rotate(7 if i % 2 else -3)
    d.appendleft(d.pop())
print(d[0], d[-1], sum(d))
