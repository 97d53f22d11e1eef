# json.dumps: default separators, indent (int and str), sort_keys, ensure_ascii, floats, non-string
# keys, tuples, nested empties; json.loads round trips (integral floats read from JSON print as ints
# here: their type is known only at run time, see README).
import json

record = {"id": 7, "price": 10.5, "ratio": 0.1 + 0.2, "tags": ("a", "b"), "meta": {}, "list": [], "ok": False, "none": None}
print(json.dumps(record))
print(json.dumps(record, indent=2))
print(json.dumps({"b": 1, "a": [1, {"d": 2, "c": 3}]}, sort_keys=True, indent="\t"))
print(json.dumps({"city": "Zürich", "emoji": "✓", "cjk": "协程", "quote": 'say "hi"', "nl": "a\nb"}))
print(json.dumps({"city": "Zürich", "emoji": "✓"}, ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float key", None: "null key"}))
print(json.dumps([1.0, 2.5, 1e-05, 1e16, 3.0, -0.0]), json.dumps({"total": 10.0, "tax": 0.5}), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps([[], {}, [[]], {"a": {}}], indent=2))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps("plain"), json.dumps(None), json.dumps(True), json.dumps(42), json.dumps("\u00e9\t/"))
text = '{"count": 3, "avg": 2.25, "items": [1, 2.5, "x"], "nested": {"flag": true, "nothing": null}}'
loaded = json.loads(text)
print(loaded)
print(loaded["count"] + 1, loaded["avg"] * 2, loaded["items"], type(loaded["avg"]).__name__)
print(json.dumps(loaded) == text, json.loads("[1.5e-3, -0, 2.5E-1]"), json.loads('"\\u00e9"'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
