"""0/1 knapsack and coin change: dynamic programming with lru_cache and lists."""
from functools import lru_cache
from typing import NamedTuple


class Item(NamedTuple):
    name: str
    weight: int
    value: int


ITEMS = (Item("map", 9, 150), Item("compass", 13, 35), Item("water", 153, 200),
         Item("sandwich", 50, 160), Item("glucose", 15, 60), Item("tin", 68, 45),
         Item("banana", 27, 60), Item("apple", 39, 40), Item("cheese", 23, 30))


@lru_cache(maxsize=None)
def best(i, cap):
    if i == len(ITEMS):
        return 0, ()
    skip = best(i + 1, cap)
    it = ITEMS[i]
    if it.weight > cap:
        return skip
    v, chosen = best(i + 1, cap - it.weight)
    take = (v + it.value, (it.name,) + chosen)
    return max(skip, take)


value, chosen = best(0, 200)
print(value, chosen, sum(i.weight for i in ITEMS if i.name in chosen))
print(best.cache_info().currsize > 0, ITEMS[0], ITEMS[0]._asdict())


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


print(coin_change([1, 2, 5, 10, 20, 50, 100, 200], 200))
