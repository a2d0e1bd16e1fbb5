import statistics as S

print(S.StatisticsError.__mro__, issubclass(S.StatisticsError, ValueError))
print(S.__all__)
for bad in ["S.mean([])", "S.mean(x for x in [])", "S.fmean([])", "S.fmean([1, 2], [1])", "S.fmean([1, 2], [0, 0])",
            "S.fmean([1, 'a'])", "S.geometric_mean([])", "S.geometric_mean([1, -1])", "S.geometric_mean([0, 1])",
            "S.geometric_mean([1, 'a'])", "S.harmonic_mean([])", "S.harmonic_mean([1, -1])", "S.harmonic_mean([-5])",
            "S.harmonic_mean([1, 2], [1])", "S.harmonic_mean([1, 2], [0, 0])", "S.harmonic_mean([1, 2], [-1, 2])",
            "S.harmonic_mean(['a'])", "S.harmonic_mean([1, 'a'])"]:
    try:
        print(bad, "->", eval(bad))
    except (S.StatisticsError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
try:
    S.mean([])
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
