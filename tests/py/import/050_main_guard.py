import helper_mod
def main():
    print("main() called, __name__ =", __name__)
if __name__ == "__main__":
    main()
else:
    print("not main")
print(helper_mod.__name__ != "__main__")
