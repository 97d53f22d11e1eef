import { JSONDecodeError, TypeError, dynAdd, dynMul, getItem, jsonDumps, jsonLoads, markTuple, print, pyType, str, toFloat } from "py2ts-async/runtime";

// json.dumps: default separators, indent (int and str), sort_keys, ensure_ascii, floats, non-string
// keys, tuples, nested empties; json.loads round trips (integral floats read from JSON print as ints
// here: their type is known only at run time, see README).

const record: Map<string, number | [string, string] | Map<unknown, unknown> | unknown[] | boolean | null> = new Map<string, number | [string, string] | Map<unknown, unknown> | unknown[] | boolean | null>([["id", 7], ["price", 10.5], ["ratio", 0.1 + 0.2], ["tags", markTuple(["a", "b"])], ["meta", new Map()], ["list", []], ["ok", false], ["none", null]]);
console.log(jsonDumps(record, undefined, "{?:?}"));
console.log(jsonDumps(record, { indent: 2 }, "{?:?}"));
console.log(jsonDumps(new Map<string, number | (number | Map<string, number>)[]>([["b", 1], ["a", [1, new Map([["d", 2], ["c", 3]])]]]), { indent: "\t", sortKeys: true }));
console.log(jsonDumps(new Map([["city", "Zürich"], ["emoji", "✓"], ["cjk", "协程"], ["quote", "say \"hi\""], ["nl", "a\nb"]])));
console.log(jsonDumps(new Map([["city", "Zürich"], ["emoji", "✓"]]), { ensureAscii: false }));
console.log(jsonDumps(new Map<number | null, string>([[1, "int key"], [2.5, "float key"], [null, "null key"]])));
console.log(`${jsonDumps([1.0, 2.5, 1e-05, 1e16, 3.0, -0.0], undefined, "[f]")} ${jsonDumps(new Map([["total", 10.0], ["tax", 0.5]]), undefined, "{?:f}")} ${jsonDumps(toFloat("inf"), undefined, "f")} ${jsonDumps(toFloat("nan"), undefined, "f")}`);
console.log(jsonDumps([[], new Map(), [[]], new Map([["a", new Map()]])], { indent: 2 }));
console.log(`${jsonDumps(new Map([["a", 1], ["b", 2]]), { separators: [",", ":"] })} ${jsonDumps([1, 2], { indent: 0 })}`);
console.log(`${jsonDumps("plain")} ${jsonDumps(null)} ${jsonDumps(true)} ${jsonDumps(42)} ${jsonDumps("é\t/")}`);
const text = "{\"count\": 3, \"avg\": 2.25, \"items\": [1, 2.5, \"x\"], \"nested\": {\"flag\": true, \"nothing\": null}}";
const loaded = jsonLoads(text);
console.log(str(loaded));
console.log(`${str(dynAdd(getItem(loaded, "count"), 1))} ${str(dynMul(getItem(loaded, "avg"), 2))} ${str(getItem(loaded, "items"))} ${pyType(getItem(loaded, "avg")).__name__}`);
print([jsonDumps(loaded) === text, jsonLoads("[1.5e-3, -0, 2.5E-1]"), jsonLoads("\"\\u00e9\"")]);
try {
  jsonLoads("{bad json}");
} catch (e) {
  if (e instanceof JSONDecodeError) {
    console.log("JSONDecodeError:", str(e));
  } else {
    throw e;
  }
}
try {
  jsonDumps(new Map([["s", new Set([1, 2])]]));
} catch (e) {
  if (e instanceof TypeError) {
    console.log("TypeError:", str(e));
  } else {
    throw e;
  }
}
