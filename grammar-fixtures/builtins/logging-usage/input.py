# logging: levels, the logger hierarchy and propagation, handlers with their own formatters, lazy
# %-formatting of the arguments (a float prints as 1.0), mapping arguments and extra fields.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)-8s %(name)s | %(message)s")

app = logging.getLogger("app")
db = logging.getLogger("app.db")
http = logging.getLogger("app.http")

app.debug("not shown: below INFO")
app.info("starting with %d workers and ratio %s", 4, 1.0)
db.warning("slow query %r took %.1f ms", "SELECT 1", 12.345)
http.error("status %(code)s for %(path)s", {"code": 503, "path": "/api"})

db.setLevel(logging.DEBUG)
db.debug("now visible: %s", [1, 2.5, None])
print("levels:", app.getEffectiveLevel(), db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG), http.isEnabledFor(logging.DEBUG))
print("names:", logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("ERROR"))

audit = logging.getLogger("audit")
audit.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s:%(levelno)d] %(message)s (user=%(user)s)"))
handler.setLevel(logging.WARNING)
audit.addHandler(handler)
audit.setLevel(logging.INFO)
audit.info("filtered by the handler's level", extra={"user": "ada"})
audit.warning("login failed for %s", "bob", extra={"user": "bob"})
print("audit handlers:", len(audit.handlers), audit.hasHandlers(), audit.propagate)

logging.info("root logger: %s", ("a", 1))
logging.disable(logging.WARNING)
app.warning("disabled")
app.error("still shown after disable(WARNING)")
logging.disable(logging.NOTSET)
app.warning("shown again")

try:
    {}["missing"]
except KeyError:
    app.error("lookup failed", exc_info=False)
