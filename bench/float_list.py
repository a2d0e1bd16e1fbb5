# Float lists: `float` objects in lists. Build lists of floats from a small
# linear congruential generator, scale and shift them with comprehensions,
# sort them, take sum/min/max, mean and variance, a running (prefix) sum, a
# moving average, normalisation to [0, 1], a dot product, a polynomial
# evaluated per element, and a histogram. Float allocation, float
# comparisons in sort, and list traversal.


def lcg_floats(n, seed):
    out = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(state / 2147483648.0)
    return out


def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum([(v - mean) * (v - mean) for v in values]) / n
    return mean, var, min(values), max(values)


def prefix_sums(values):
    acc = 0.0
    out = []
    for v in values:
        acc += v
        out.append(acc)
    return out


def moving_average(values, width):
    out = []
    window = sum(values[:width])
    out.append(window / width)
    for i in range(width, len(values)):
        window += values[i] - values[i - width]
        out.append(window / width)
    return out


def normalise(values):
    lo = min(values)
    hi = max(values)
    span = hi - lo
    return [(v - lo) / span for v in values]


def poly(values):
    # 3x^3 - 2x^2 + 0.5x - 1 by Horner's rule
    return [((3.0 * x - 2.0) * x + 0.5) * x - 1.0 for x in values]


def histogram(values, bins):
    counts = [0] * bins
    for v in values:
        i = int(v * bins)
        if i == bins:
            i -= 1
        counts[i] += 1
    return counts


def round_trip(values):
    # every element through one float operation and back into a new list
    scaled = [v * 1.5 + 0.25 for v in values]
    shifted = [v - 0.25 for v in scaled]
    return [v / 1.5 for v in shifted]


def main():
    n = 100000
    results = []
    for rnd in range(4):
        values = lcg_floats(n, 1234 + rnd)
        scaled = [v * 200.0 - 100.0 for v in values]
        mean, var, lo, hi = stats(scaled)
        ordered = sorted(scaled)
        median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2.0
        ordered_desc = sorted(values, reverse=True)
        prefix = prefix_sums(values)
        avg = moving_average(scaled, 50)
        norm = normalise(scaled)
        hist = histogram(norm, 10)
        p = poly(values)
        dot = sum([a * b for a, b in zip(values, p)])
        back = round_trip(values)
        drift = max([abs(a - b) for a, b in zip(values, back)])
        positives = [v for v in scaled if v > 0.0]
        results.append((mean, var, median, prefix[-1], max(avg), dot, len(positives)))
        print(f"round {rnd}: mean {mean:.9f} var {var:.6f} min {lo:.6f} max {hi:.6f} "
              f"median {median:.6f}")
        print(f"  top {ordered_desc[0]:.9f} prefix {prefix[-1]:.6f} avgmax {max(avg):.6f} "
              f"dot {dot:.6f} drift {drift:.3e} pos {len(positives)} hist {hist}")
    print("sum of means", repr(sum(r[0] for r in results)))


main()
