"""Dijkstra's shortest paths with heapq on a weighted graph."""
import heapq
from collections import defaultdict

EDGES = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
         ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9)]
graph = defaultdict(list)
for a, b, w in EDGES:
    graph[a].append((b, w))
    graph[b].append((a, w))


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


dist, prev = dijkstra("A")
for node in sorted(dist):
    path, n = [], node
    while n != "A":
        path.append(n)
        n = prev[n]
    print(node, dist[node], "->".join(["A"] + path[::-1]))
print(heapq.nsmallest(3, dist.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, EDGES, key=lambda e: e[2]))
