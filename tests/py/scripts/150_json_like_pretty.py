"""Pretty-printing nested data with pprint: width, depth, sort_dicts."""
import pprint

data = {
    "name": "kaa",
    "version": (0, 1, 0),
    "authors": [{"name": "one", "langs": ["rust", "python"]}, {"name": "two", "langs": ["c"]}],
    "deps": {"logos": "0.16", "lalrpop": "0.23", "smallvec": "1.13", "ahash": "0.8"},
    "matrix": [[i * j for j in range(6)] for i in range(4)],
    "empty": {},
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(data["matrix"], compact=True, width=30))
pprint.pp(data["deps"], sort_dicts=False)
print(pprint.saferepr([1, [2, [3]]]), pprint.isreadable(data))
