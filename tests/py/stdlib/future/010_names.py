import __future__
print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    print(name, hasattr(__future__, name))
print(len(__future__.all_feature_names))
