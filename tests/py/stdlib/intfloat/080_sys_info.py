import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.max_exp, fi.max_10_exp, fi.min, fi.min_exp, fi.min_10_exp)
print(fi.dig, fi.mant_dig, fi.epsilon, fi.radix, fi.rounds, len(fi), fi[0] == fi.max)
print(type(fi).__name__, type(sys.int_info).__name__)
print(sys.int_info)
print(tuple(sys.int_info), len(sys.int_info))
print(sys.maxsize == 2 ** 63 - 1, sys.float_repr_style)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, -fi.max * 2, fi.min / 2 > 0, fi.min * fi.epsilon)
try:
    fi.max = 1
except AttributeError as e:
    print(type(e).__name__)
