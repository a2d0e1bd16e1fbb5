# The real-valued distributions, with exact values for a fixed seed.
import random

r = random.Random(2718)
def show(name, f, *args):
    print(name, [f(*args) for _ in range(4)])

show("uniform", r.uniform, 1, 10)
show("uniform_f", r.uniform, -1.5, 2.5)
show("uniform_mixed", r.uniform, 3, 0.5)
show("uniform_big", r.uniform, 2**60, 2**61 + 3)
show("triangular", r.triangular)
show("triangular3", r.triangular, 0, 10, 8)
show("triangular_flat", r.triangular, 2, 2)
show("normalvariate", r.normalvariate)
show("normalvariate2", r.normalvariate, 100, 15)
show("gauss", r.gauss)
show("gauss2", r.gauss, 5, 2)
show("gauss_int", r.gauss, 1, 3)
show("lognormvariate", r.lognormvariate, 0, 0.5)
show("expovariate", r.expovariate, 2)
show("expovariate_f", r.expovariate, 0.1)
show("expovariate_neg", r.expovariate, -1.5)
show("vonmises", r.vonmisesvariate, 1.0, 4.0)
show("vonmises_0", r.vonmisesvariate, 1.0, 0)
show("vonmises_small", r.vonmisesvariate, 3.0, 0.5)
show("gamma_small", r.gammavariate, 0.5, 2.0)
show("gamma_1", r.gammavariate, 1.0, 3.0)
show("gamma_big", r.gammavariate, 5.0, 1.5)
show("beta", r.betavariate, 2.0, 5.0)
show("beta_small", r.betavariate, 0.3, 0.3)
show("pareto", r.paretovariate, 3.0)
show("weibull", r.weibullvariate, 2.0, 0.5)

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(r.gammavariate, 0, 1)
attempt(r.gammavariate, 1, -1)
attempt(r.betavariate, 0, 1)
attempt(r.expovariate, 0)
attempt(r.expovariate)
attempt(r.paretovariate, 0)
attempt(r.weibullvariate, 1, 0)
attempt(r.uniform, "a", "b")
attempt(r.uniform, 1)
attempt(r.gauss, "x")
attempt(r.lognormvariate, 0)
print(r.gauss(mu=10, sigma=0), r.normalvariate(sigma=0, mu=3))
