# adversarial: object() in range(10**18): a native search of 10**18 comparisons (found by the snippets fuzz target)
# cli: skip
# embedded: Deadline
object() in range(10 ** 18)
