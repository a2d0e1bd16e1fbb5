# logging.config.fileConfig from an INI file, a ConfigParser and a stream.
import configparser
import io
import logging
import logging.config

old = logging.getLogger("old")
logging.config.fileConfig("helper_file_config.ini")
app = logging.getLogger("app")
print(old.disabled, app.propagate, app.level, logging.getLogger().level)
print([type(h).__name__ for h in app.handlers], [h.name for h in logging.getLogger().handlers])
app.info("buffered")
app.error("flushes the memory handler")
logging.warning("root")
for name in ["no_such_file.ini"]:
    try:
        logging.config.fileConfig(name)
    except FileNotFoundError as e:
        print(type(e).__name__, e)
with open("helper_file_config.ini") as f:
    text = f.read()
cp = configparser.ConfigParser()
cp.read_string(text)
logging.config.fileConfig(cp, disable_existing_loggers=False)
print(old.disabled)
logging.config.fileConfig(io.StringIO(text))
print(old.disabled)
logging.getLogger("app").critical("after reconfiguring")
