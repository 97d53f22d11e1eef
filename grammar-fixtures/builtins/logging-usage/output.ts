import { Formatter, KeyError, LogLevel, StreamHandler, basicConfig, disableLogging, getItem, getLevelName, getLogger, print, rootLog, str } from "py2ts-async/runtime";

// logging: levels, the logger hierarchy and propagation, handlers with their own formatters, lazy
// %-formatting of the arguments (a float prints as 1.0), mapping arguments and extra fields.

basicConfig({ level: LogLevel.INFO, format: "%(levelname)-8s %(name)s | %(message)s", stream: process.stdout });

const app = getLogger("app");
const db = getLogger("app.db");
const http = getLogger("app.http");

app.debug("not shown: below INFO");
app.info("starting with %d workers and ratio %s", [4, 1.0], "(?,f)");
db.warning("slow query %r took %.1f ms", ["SELECT 1", 12.345], "(?,f)");
http.error("status %(code)s for %(path)s", [new Map<string, number | string>([["code", 503], ["path", "/api"]])]);

db.setLevel(LogLevel.DEBUG);
db.debug("now visible: %s", [[1, 2.5, null]]);
print(["levels:", app.getEffectiveLevel(), db.getEffectiveLevel(), db.isEnabledFor(LogLevel.DEBUG), http.isEnabledFor(LogLevel.DEBUG)]);
console.log("names:", getLevelName(LogLevel.WARNING), getLevelName(15), getLevelName("ERROR"));

const audit = getLogger("audit");
audit.propagate = false;
const handler = new StreamHandler(process.stdout);
handler.setFormatter(new Formatter("[%(name)s:%(levelno)d] %(message)s (user=%(user)s)"));
handler.setLevel(LogLevel.WARNING);
audit.addHandler(handler);
audit.setLevel(LogLevel.INFO);
audit.info("filtered by the handler's level", [], undefined, { extra: new Map([["user", "ada"]]) });
audit.warning("login failed for %s", ["bob"], undefined, { extra: new Map([["user", "bob"]]) });
console.log("audit handlers:", audit.handlers.length, str(audit.hasHandlers()), str(audit.propagate));

rootLog(20, "root logger: %s", [["a", 1]], "((?,?))");
disableLogging(LogLevel.WARNING);
app.warning("disabled");
app.error("still shown after disable(WARNING)");
disableLogging(LogLevel.NOTSET);
app.warning("shown again");

try {
  getItem(new Map(), "missing");
} catch (error2) {
  if (error2 instanceof KeyError) {
    app.error("lookup failed");
  } else {
    throw error2;
  }
}
