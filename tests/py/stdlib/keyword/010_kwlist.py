import keyword
print(len(keyword.kwlist))
print(keyword.kwlist)
print(keyword.kwlist == sorted(keyword.kwlist))
print(sorted(keyword.__all__))
print(type(keyword.kwlist).__name__, type(keyword.softkwlist).__name__)
