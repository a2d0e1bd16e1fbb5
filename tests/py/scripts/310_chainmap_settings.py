"""Layered settings with ChainMap: defaults, file, command line."""
from collections import ChainMap

defaults = {"color": "blue", "size": 10, "verbose": False, "theme": "light"}
from_file = {"size": 12, "theme": "dark"}
from_cli = {"verbose": True}

settings = ChainMap(from_cli, from_file, defaults)
for key in sorted(settings):
    print(f"{key:8} = {settings[key]!r}")
local = settings.new_child({"color": "red"})
print(local["color"], settings["color"], len(local), local.maps[0])
local["size"] = 20
print(from_file["size"], local["size"], local.parents["size"])
print(dict(settings) == {**defaults, **from_file, **from_cli})
del local["color"]
try:
    del local["theme"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(local.items()))
