import sys
print("stdout line")
sys.stderr.write("first stderr line\n")
print("error: last message", file=sys.stderr)
sys.exit(5)
