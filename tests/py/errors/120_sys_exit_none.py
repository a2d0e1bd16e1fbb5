import sys
print("exit with None")
try:
    sys.exit()
finally:
    print("finally runs before exit")
