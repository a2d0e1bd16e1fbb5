# An uncaught trapped signal prints CPython's C-version message.
from decimal import Decimal
print(Decimal('1') / 4)
Decimal('not a number')
