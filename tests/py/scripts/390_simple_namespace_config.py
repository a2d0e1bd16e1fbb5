"""Objects on the fly: types.SimpleNamespace, MappingProxyType, keyword."""
import keyword
from types import SimpleNamespace, MappingProxyType

cfg = SimpleNamespace(name="demo", retries=3)
cfg.timeout = 1.5
print(cfg, cfg.name, vars(cfg))
print(cfg == SimpleNamespace(name="demo", retries=3, timeout=1.5))

frozen = MappingProxyType({"a": 1, "b": 2})
try:
    frozen["c"] = 3
except TypeError as e:
    print("TypeError:", e)
print(frozen["a"], list(frozen), len(frozen), dict(frozen))

fields = ["name", "class", "from", "value", "def_", "match"]
safe = [f + "_" if keyword.iskeyword(f) else f for f in fields]
print(safe, keyword.issoftkeyword("match"), len(keyword.kwlist) > 30)
