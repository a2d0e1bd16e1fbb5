import sys
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0].endswith("010_sys_argv.py"), all(isinstance(a, str) for a in sys.argv))
