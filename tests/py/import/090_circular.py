import helper_cycle_a
import helper_cycle_b
print(helper_cycle_a.from_b(), helper_cycle_b.from_a())
print(helper_cycle_a.helper_cycle_b is helper_cycle_b)
