"""A small bank: classes, exceptions, enums and an audit log."""
from enum import Enum
from dataclasses import dataclass, field


class Kind(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    TRANSFER = "transfer"


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")


@dataclass
class Account:
    owner: str
    balance: int = 0
    log: list = field(default_factory=list, repr=False)

    def deposit(self, amount):
        self.balance += amount
        self.log.append((Kind.DEPOSIT, amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append((Kind.WITHDRAW, amount))


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
    src.log.append((Kind.TRANSFER, -amount))
    dst.log.append((Kind.TRANSFER, amount))


alice, bob = Account("alice", 100), Account("bob")
transfer(alice, bob, 30)
bob.deposit(5)
try:
    transfer(bob, alice, 100)
except InsufficientFunds as e:
    print("refused:", e)
print(alice, bob)
for acct in (alice, bob):
    print(acct.owner, [(k.value, a) for k, a in acct.log])
