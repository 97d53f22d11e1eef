# json.dumps with Python's separators and options; json.loads keeps ints and floats; math.
import json
import math

doc = {"name": "py2ts", "version": 1, "ratio": 0.5, "tags": ["a", "b"], "ok": True, "none": None, "unicode": "é"}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=True, indent=2))
print(json.dumps([1, 2, "x"], separators=(",", ":")), json.dumps([1.5, 2.0]), json.dumps("é", ensure_ascii=False))
loaded = json.loads('{"a": 1, "b": 2.5, "c": [true, null], "d": {"e": "f"}}')
print(loaded, loaded["b"] * 3, type(loaded["a"]).__name__)
print(math.floor(2.7), math.ceil(2.1), math.sqrt(16), math.pi, math.isclose(0.1 + 0.2, 0.3))
print(round(2.5), round(-2.5), round(1.2345, 2), int("42"), int(3.9), int(-3.9), float("1.5"))
print(divmod(17, 5), divmod(-17, 5), abs(-7), pow(2, 10), 7 // 2, -7 // 2, -7 % 3)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("nope")
except ValueError as e:
    print("ValueError:", e)
