# A set display of more than two constants is compiled (CPython 3.11) as
# BUILD_SET 0 + LOAD_CONST frozenset(...) + SET_UPDATE 1, so its order is the
# order in which set.update copies that frozenset into a new set, not the
# order of inserting the items one by one.
print({3, 1, 2})
print({1, 9, 17, 25, 33})
print({-1, -2, -3, -5, 7})
print({1, 2})
print({100, 5, -100, -2, -1})
print({8, 16, 24, 32, 40, 48, 56, 64})
print({0.5, 1.5, 2.5, 3.5})
print({2**61, 2**62, 1, 2, 3})
print(sorted({1, 9, 17, 25, 33}) == [1, 9, 17, 25, 33])
