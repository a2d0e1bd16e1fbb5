from helper_mod import CONST, func as double, Klass, items, add_item
print(CONST, double(5), Klass(1).show())
add_item(1)
add_item(2)
print(items)
from helper_mod import _private
print(_private)
import helper_mod
print(helper_mod.items is items, double is helper_mod.func)
