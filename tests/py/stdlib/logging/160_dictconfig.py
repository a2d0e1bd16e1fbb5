# logging.config.dictConfig: formatters, filters, handlers, loggers, root.
import io
import logging
import logging.config
import sys

existing = logging.getLogger("old.logger")
kept_child = logging.getLogger("app.sub")
STREAM = io.StringIO()


class Tag(logging.Filter):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def filter(self, record):
        record.tag = self.tag
        return True


config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "braces": {"format": "{tag} {message}", "style": "{"},
        "custom": {"()": "logging.Formatter", "fmt": "custom %(message)s"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "tagger": {"()": Tag, "tag": "<T>"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "brief", "level": "DEBUG", "filters": ["only_app"]},
        "tagged": {"class": "logging.StreamHandler", "stream": "cfg://streams.buffer",
                   "formatter": "braces", "filters": ["tagger"]},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 10, "target": "out"},
        "custom": {"()": logging.StreamHandler, "stream": "ext://sys.stdout",
                   "formatter": "custom", ".": {"terminator": "!\n"}},
    },
    "streams": {"buffer": STREAM},
    "loggers": {
        "app": {"level": "INFO", "handlers": ["out", "tagged"], "propagate": False},
        "other": {"handlers": ["custom"], "level": 10},
    },
    "root": {"level": "WARNING", "handlers": ["custom"]},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
print(app.level, app.propagate, [type(h).__name__ for h in app.handlers])
print(existing.disabled, kept_child.disabled, logging.getLogger("app").disabled)
app.debug("not at INFO")
app.info("app info")
kept_child.warning("child of a configured logger")
logging.getLogger("other").debug("other debug")
logging.warning("root warning")
existing.error("disabled logger")
print(repr(STREAM.getvalue()))
print(sorted(logging._handlers.keys()))
mem = logging._handlers["mem"]
print(type(mem.target).__name__, mem.capacity, mem.target is logging._handlers["out"])

# incremental: only levels change.
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"out": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "DEBUG"}}})
print(logging._handlers["out"].level, app.level, len(app.handlers))
app.debug("dropped by the handler now")
app.error("still shown")

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "root": {"handlers": []}})
print(existing.disabled, app.disabled, logging.getLogger().handlers)
print(logging.config.valid_ident("ok_name"))
print(logging.config.DEFAULT_LOGGING_CONFIG_PORT)
