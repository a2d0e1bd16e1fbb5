import __future__
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          feature.compiler_flag)
print(type(__future__.division).__name__)
print(__future__.annotations.getMandatoryRelease() is None)
