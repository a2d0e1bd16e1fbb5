# LoggerAdapter and stacklevel=.
import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s %(ctx)s"))
log = logging.getLogger("adapt")
log.addHandler(h)
log.propagate = False
log.setLevel(logging.INFO)

ad = logging.LoggerAdapter(log, {"ctx": "[req 1]"})
print(repr(ad), ad.name, ad.manager is log.manager, ad.isEnabledFor(10), ad.getEffectiveLevel(),
      ad.hasHandlers())


def handler_fn():
    ad.info("adapted %s", "info")
    ad.debug("not shown")
    ad.warning("warned")
    ad.log(logging.ERROR, "logged")
    try:
        {}["k"]
    except KeyError:
        ad.exception("exception")
    ad.critical("critical")


handler_fn()


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["ctx"] = "custom"
        return "%s: %s" % (self.extra["p"], msg), kwargs


Prefix(log, {"p": "PFX"}).error("processed")
ad.setLevel(logging.WARNING)
print(log.level)


def helper(msg):
    log.warning(msg, stacklevel=2, extra={"ctx": "-"})


def deep_helper(msg):
    log.warning(msg, stacklevel=3, extra={"ctx": "-"})


def api():
    helper("reported at the caller of helper")
    deep_helper("two levels up")
    log.warning("too deep", stacklevel=100, extra={"ctx": "-"})


api()
print(out.getvalue().split("Traceback")[0], end="")
print(out.getvalue().splitlines()[-5:])
print(logging.LoggerAdapter[int])
