print("cycle_a: start")
import helper_cycle_b
A_VALUE = "a"


def from_b():
    return helper_cycle_b.B_VALUE
print("cycle_a: end")
