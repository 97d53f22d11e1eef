# Reading the environment: os.environ.get with and without a default, and os.getenv.
import os

home = os.environ.get("PY2TS_SURELY_UNSET_VARIABLE")
print("unset:", home)
print("default:", os.environ.get("PY2TS_SURELY_UNSET_VARIABLE", "fallback"))
print("getenv:", os.getenv("PY2TS_SURELY_UNSET_VARIABLE", "other"))
base = os.environ.get("TEST_BASE_URL", "http://127.0.0.1:8765")
print("has base url:", base.startswith("http://"))
