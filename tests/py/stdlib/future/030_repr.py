import __future__
for name in __future__.all_feature_names:
    print(repr(getattr(__future__, name)))
print(__future__.annotations)
print(str(__future__.generator_stop))
