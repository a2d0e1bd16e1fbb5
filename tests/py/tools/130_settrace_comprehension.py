# Comprehensions, lambdas and nested functions are frames of their own.
import sys


def tracer(frame, event, arg):
    if event in ("call", "return"):
        print(event, frame.f_code.co_name, arg)
    return tracer


def main():
    squares = [i * i for i in range(3)]
    f = lambda v: v + 1

    def inner(a):
        return f(a)

    return inner(squares[-1])


sys.settrace(tracer)
main()
sys.settrace(None)
