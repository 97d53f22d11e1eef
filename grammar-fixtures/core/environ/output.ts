import { str } from "py2ts-async/runtime";

// Reading the environment: os.environ.get with and without a default, and os.getenv.

const home = process.env["PY2TS_SURELY_UNSET_VARIABLE"] ?? null;
console.log("unset:", str(home));
console.log("default:", process.env["PY2TS_SURELY_UNSET_VARIABLE"] ?? "fallback");
console.log("getenv:", process.env["PY2TS_SURELY_UNSET_VARIABLE"] ?? "other");
const base = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";
console.log("has base url:", str(base.startsWith("http://")));
