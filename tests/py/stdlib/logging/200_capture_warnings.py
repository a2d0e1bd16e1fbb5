# captureWarnings: warnings go to the 'py.warnings' logger.
import io
import logging
import warnings

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
wlog = logging.getLogger("py.warnings")
wlog.addHandler(h)
original = warnings.showwarning
logging.captureWarnings(True)
print(warnings.showwarning is not original)
logging.captureWarnings(True)
warnings.warn_explicit("captured", UserWarning, "somefile.py", 12)
logging.captureWarnings(False)
print(warnings.showwarning is original)
logging.captureWarnings(False)
print(out.getvalue())
