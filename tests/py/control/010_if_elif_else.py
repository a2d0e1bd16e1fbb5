def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 100]:
    print(n, classify(n))
if []:
    print("empty list is truthy?")
elif {}:
    print("no")
else:
    print("both falsy")
x = 5
if x > 1:
    if x > 3:
        print("nested >3")
    else:
        print("nested <=3")
