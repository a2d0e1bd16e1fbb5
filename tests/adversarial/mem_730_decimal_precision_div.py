# adversarial: 1 / Decimal(7) at a precision of 10**7 digits under a deadline (or the fuel), 1,000 times
# cli: skip
# embedded: skip
# known gap (session 9): one step of 1 / Decimal(7) at 10**7 digits is an unstepped num-bigint
# multiplication (mac3, about 2.8 s on an idle machine, no limit check inside): on a loaded CI
# machine the embedded run outlived its 30 s watchdog. Restore `# embedded: Deadline|Fuel` once
# that multiplication is charged in steps (stdlib/src/decimal.rs, `div` and the helpers it calls).
import decimal
decimal.getcontext().prec = 10**7
for _ in range(1000):
    x = 1 / decimal.Decimal(7)
raise ValueError("the division finished within the limits")
