print('single', "double")
print('''triple single''', """triple double""")
print("tab:\tX", "nl:\\n")
print('esc: \' \" \\')
print("\x41\x42\u00e9\u4e2d\U0001F600")
print("\101\102\7"[0:2], len("\0"))
print(r"raw \n \t \\", R'raw2 \x41')
print("adjacent " 'strings ' """concat""")
print("""line1
line2""")
print('a\
b')
print(len("\n"), len(r"\n"))
