import statistics as S

for data in [[1, 3, 5], [1, 3, 5, 7], [5], [2.5, 1, 4.0, 3], ["b", "a", "c", "d"][:3], [1, 2, 3, 4.0]]:
    print(data, S.median(data), S.median_low(data), S.median_high(data))
print(S.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), S.median_grouped([52, 52, 53, 54], interval=2))
print(S.median_grouped([1, 3, 3, 5, 7], interval=2), S.median_grouped([5]), S.median_grouped([1.5, 2.5], 0.5))
print(S.mode([1, 1, 2, 3, 3, 3, 3, 4]), S.mode(["red", "blue", "blue", "red", "green", "red", "red"]), S.mode(["a", "b", "b", "a"]))
print(S.multimode("aabbbbccddddeeffffgg"), S.multimode(""), S.multimode([3, 1, 1, 3, 2]), S.mode(iter("xyz")))
print(S.quantiles([1.5, 2, 7, 9, 11, 13, 20], n=10))
print(S.quantiles([1.5, 2, 7, 9, 11, 13, 20], n=10, method="inclusive"))
print(S.quantiles(range(1, 11)), S.quantiles([1, 2], n=1), S.quantiles([100, 200], n=3), S.quantiles(iter([3, 1, 2])))
for bad in ["S.median([])", "S.median_low([])", "S.median_high([])", "S.median_grouped([])", "S.mode([])",
            "S.quantiles([1])", "S.quantiles([1, 2], n=0)", "S.quantiles([1, 2], method='x')", "S.quantiles([1, 2, 3], n=1.5)",
            "S.median_grouped(['x', 'y'])", "S.median_grouped([1, 2], interval='x')", "S.median_grouped([5], interval=None)",
            "S.median_grouped([1, 'a'])", "S.mode([[1]])", "S.multimode([{}])", "S.median([1, 'a'])"]:
    try:
        print(bad, "->", eval(bad))
    except (S.StatisticsError, TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
