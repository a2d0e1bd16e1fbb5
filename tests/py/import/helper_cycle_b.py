print("cycle_b: start")
import helper_cycle_a
B_VALUE = "b"


def from_a():
    return helper_cycle_a.A_VALUE
print("cycle_b: end, a has A_VALUE:", hasattr(helper_cycle_a, "A_VALUE"))
