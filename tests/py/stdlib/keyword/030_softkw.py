import keyword
print(keyword.softkwlist)
print([k for k in keyword.softkwlist if keyword.issoftkeyword(k)])
print(keyword.issoftkeyword('type'), keyword.issoftkeyword('Match'))
# The soft keywords are ordinary names outside their statements.
match = 1
case = 2
_ = 3
print(match + case + _)
