import statistics as S

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(S.covariance(x, y), S.covariance(z, y), S.covariance(x, z))
print(S.correlation(x, x), S.correlation(x, z), S.correlation(x, y), S.correlation(range(10), [v * 2 + 1 for v in range(10)]))
r = S.linear_regression([1, 2, 3, 4, 5], [3.1, 5.2, 6.8, 9.0, 11.1])
print(r, r.slope, r.intercept, r[0], type(r).__name__, S.LinearRegression._fields)
print(S.linear_regression([1, 2, 3, 4, 5], [3.1, 5.2, 6.8, 9.0, 11.1], proportional=True))
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
slope, intercept = S.linear_regression(year, films)
print(round(slope * 2019 + intercept))
for bad in ["S.covariance([1], [1])", "S.covariance([1, 2], [1])", "S.correlation([1, 2], [1, 1])", "S.correlation([1], [2])",
            "S.correlation([1, 2], [1, 2, 3])", "S.linear_regression([1, 1], [1, 2])", "S.linear_regression([1], [1])",
            "S.linear_regression([1, 2], [1])", "S.linear_regression([1, 2], [3, 4], True)"]:
    try:
        print(bad, "->", eval(bad))
    except (S.StatisticsError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
