import sys
print("some output")
def main():
    sys.exit("usage: program ARG")
if __name__ == "__main__":
    main()
