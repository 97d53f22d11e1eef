import { ValueError, ZeroDivisionError, div, divmod, dynMul, getItem, isclose, jsonDumps, jsonLoads, mod, pow, print, pyType, round, sqrt, str, toFloat, toInt } from "py2ts-async/runtime";

// json.dumps with Python's separators and options; json.loads keeps ints and floats; math.

const doc: Map<string, string | number | string[] | boolean | null> = new Map<string, string | number | string[] | boolean | null>([["name", "py2ts"], ["version", 1], ["ratio", 0.5], ["tags", ["a", "b"]], ["ok", true], ["none", null], ["unicode", "é"]]);
console.log(jsonDumps(doc, undefined, "{?:?}"));
console.log(jsonDumps(doc, { indent: 2, sortKeys: true }, "{?:?}"));
console.log(`${jsonDumps([1, 2, "x"], { separators: [",", ":"] })} ${jsonDumps([1.5, 2.0], undefined, "[f]")} ${jsonDumps("é", { ensureAscii: false })}`);
const loaded = jsonLoads("{\"a\": 1, \"b\": 2.5, \"c\": [true, null], \"d\": {\"e\": \"f\"}}");
console.log(`${str(loaded)} ${str(dynMul(getItem(loaded, "b"), 3))} ${pyType(getItem(loaded, "a")).__name__}`);
print([Math.floor(2.7), Math.ceil(2.1), str(sqrt(16), "f"), str(Math.PI, "f"), isclose(0.1 + 0.2, 0.3)]);
console.log(round(2.5), round(-2.5), str(round(1.2345, 2), "f"), toInt("42"), Math.trunc(3.9), Math.trunc(-3.9), str(toFloat("1.5"), "f"));
print([str(divmod(17, 5), "(?,?)"), str(divmod(-17, 5), "(?,?)"), Math.abs(-7), pow(2, 10), Math.floor(7 / 2), Math.floor(-7 / 2), mod(-7, 3)]);
try {
  console.log(str(div(1, 0), "f"));
} catch (e) {
  if (e instanceof ZeroDivisionError) {
    console.log("ZeroDivisionError:", str(e));
  } else {
    throw e;
  }
}
try {
  toInt("nope");
} catch (e) {
  if (e instanceof ValueError) {
    console.log("ValueError:", str(e));
  } else {
    throw e;
  }
}
