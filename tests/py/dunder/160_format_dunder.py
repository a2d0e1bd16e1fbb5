class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return "Money"
m = Money(12345)
print(format(m), format(m, "short"), f"{m}", f"{m:short}", f"{m:.1f}", "{:short}".format(m), str(m))
class Plain:
    def __str__(self):
        return "plain-str"
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>12}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
