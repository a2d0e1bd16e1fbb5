# Filters on loggers and handlers: Filter by name, callables, objects.
import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s:%(message)s"))
root = logging.getLogger("app")
root.addHandler(h)
root.propagate = False

f = logging.Filter("app.db")
for name in ["app.db", "app.db.conn", "app.dbx", "app", "app.web", "app.db2.x"]:
    r = logging.makeLogRecord({"name": name})
    print(name, f.filter(r))
print(logging.Filter().filter(logging.makeLogRecord({"name": "anything"})), logging.Filter("").nlen)

h.addFilter(f)
h.addFilter(f)
print(len(h.filters))
for name in ["app.db", "app.db.conn", "app.web"]:
    logging.getLogger(name).warning("handler filter")
h.removeFilter(f)
h.removeFilter(f)


def no_secrets(record):
    return "secret" not in record.getMessage()


class Upper:
    def filter(self, record):
        record.msg = record.msg.upper()
        return True


web = logging.getLogger("app.web")
web.addFilter(no_secrets)
web.addFilter(Upper())
web.warning("public message")
web.warning("a secret message")
print(web.filter(logging.makeLogRecord({"msg": "secret"})))
print(web.filter(logging.makeLogRecord({"msg": "fine"})))
root.addFilter(lambda r: 0)
logging.getLogger("app.other").warning("root logger filter does not apply to children")
root.warning("but applies to its own records")
print(out.getvalue(), end="")
ff = logging.Filterer()
print(ff.filters, ff.filter(logging.makeLogRecord({})))
