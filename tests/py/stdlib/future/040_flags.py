import __future__
names = sorted(n for n in dir(__future__) if n.startswith('CO_'))
for name in names:
    print(name, hex(getattr(__future__, name)))
flags = [getattr(__future__, n).compiler_flag for n in __future__.all_feature_names]
print(flags)
print(len(set(flags)) == len(flags))
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
