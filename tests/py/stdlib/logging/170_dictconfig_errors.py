# dictConfig's errors: the message and the cause.
import logging
import logging.config


def t(cfg):
    try:
        logging.config.dictConfig(cfg)
        print("ok")
    except Exception as e:
        c = e.__cause__
        print(type(e).__name__, e, "|", type(c).__name__, c)


t({})
t({"version": 2})
t({"version": 1, "formatters": {"f": {"format": "%(bad"}}})
t({"version": 1, "formatters": {"f": {"format": "%(x)s", "style": "?"}}})
t({"version": 1, "handlers": {"h": {"class": "nosuch.Class"}}})
t({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": "BAD"}}})
t({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nof"}}})
t({"version": 1, "loggers": {"a": {"handlers": ["nohandler"]}}})
t({"version": 1, "loggers": {"a": {"level": "NOPE"}}})
t({"version": 1, "root": {"level": "NOPE"}})
t({"version": 1, "filters": {"f": {"()": "nosuch.x"}}})
t({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bogus": 1}}})
t({"version": 1, "incremental": True, "handlers": {"h": {"level": "INFO"}}})
t({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "filters": ["nof"]}}})
t({"version": 1, "handlers": {"h": {"class": "logging.handlers.MemoryHandler", "capacity": 2,
                                    "target": "nope"}}})
t({"version": 1, "formatters": {"f": {"()": "logging.Formatter", "fmt": "%(x)s", "foo": 1}}})
t({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler",
                                    "stream": "cfg://nothing.here"}}})
t({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://os.nosuchthing"}}})
for s in ["1a", "a-b", "", "ok"]:
    try:
        print(logging.config.valid_ident(s))
    except ValueError as e:
        print(type(e).__name__, e)
