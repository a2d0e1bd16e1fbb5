"""A typed configuration loader: typing hints checked at run time."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Optional, get_type_hints


@dataclass
class Config:
    host: str
    port: int = 8080
    debug: bool = False
    timeout: Optional[float] = None
    tags: list[str] | None = None


def load(raw: dict[str, str]) -> Config:
    hints = get_type_hints(Config)
    values = {}
    for f in fields(Config):
        if f.name not in raw:
            continue
        text = raw[f.name]
        hint = hints[f.name]
        if hint is bool:
            values[f.name] = text.lower() in ("1", "true", "yes")
        elif hint is int:
            values[f.name] = int(text)
        elif hint == Optional[float]:
            values[f.name] = None if text == "none" else float(text)
        else:
            values[f.name] = text if hint is str else text.split(",")
    return Config(**values)


print(load({"host": "localhost"}))
print(load({"host": "example.org", "port": "443", "debug": "yes", "timeout": "2.5", "tags": "a,b"}))
try:
    load({"port": "1"})
except TypeError as e:
    print("TypeError:", e)
print({k: str(v) for k, v in Config.__annotations__.items()})
