def f(x):
  if x > 0:
        for i in range(x):
           if i % 2:
            print("odd", i)
           else:
                 print("even", i)
  else:
   print("nonpositive")
  return x

f(3)
f(0)
if True:
	print("tab-indented block")
	if True:
		print("two tabs")
