import helper_state
from helper_state import counter, bump
print(counter, helper_state.counter)
bump()
bump()
print(counter, helper_state.counter)
helper_state.counter = 100
print(bump(), helper_state.counter)
helper_state.new_attr = "set from outside"
import helper_state as hs
print(hs.new_attr)
