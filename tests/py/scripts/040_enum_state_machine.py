"""A traffic light and a vending machine as enum-driven state machines."""
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


state = Light.RED
for tick in range(7):
    print(tick, state, state.name, state.value)
    state = state.next()


class Coin(Enum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25


def vend(price, coins):
    paid = 0
    for c in coins:
        coin = Coin(c)
        paid += coin.value
        print(f"  inserted {coin.name.lower()}, total {paid}")
        if paid >= price:
            return paid - price
    raise ValueError(f"short by {price - paid}")


print("change:", vend(40, [25, 10, 10]))
try:
    vend(40, [25, 3])
except ValueError as e:
    print("error:", e)
print(Coin["DIME"], Coin.QUARTER in Coin, [c.name for c in Coin])
