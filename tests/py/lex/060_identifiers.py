_ = 1
__x = 2
café = 3
名前 = 4
x1_y2 = 5
match = 6
case = 7
print(_, __x, café, 名前, x1_y2, match, case)
_private_ = "p"
print(_private_)
Abc = 1
abc = 2
print(Abc, abc)
