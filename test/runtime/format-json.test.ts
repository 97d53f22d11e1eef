import { JSONDecodeError, jsonDumps, jsonLoads } from "../../src/runtime/json";
import type { JsonDumpsOptions } from "../../src/runtime/json";
import { repr } from "../../src/runtime/repr";
import { BaseException, TypeError, ValueError } from "../../src/runtime/exceptions";

class Custom {}

function outcome(f: () => string): string | { error: string } {
  try {
    return f();
  } catch (e) {
    if (e instanceof BaseException) return { error: `${e.name}: ${e.__str__()}` };
    throw e;
  }
}

// [JSON text, repr(json.loads(text)) or the error]; expectations produced by CPython 3.11.
const loadsCases: [string, string | { error: string }][] = [
  ["", { error: "JSONDecodeError: Expecting value: line 1 column 1 (char 0)" }],
  [" ", { error: "JSONDecodeError: Expecting value: line 1 column 2 (char 1)" }],
  ["[1,]", { error: "JSONDecodeError: Expecting value: line 1 column 4 (char 3)" }],
  ["{\"a\":1,}", { error: "JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 8 (char 7)" }],
  ["{", { error: "JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)" }],
  ["[", { error: "JSONDecodeError: Expecting value: line 1 column 2 (char 1)" }],
  ["{\"a\" 1}", { error: "JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5)" }],
  ["{\"a\":}", { error: "JSONDecodeError: Expecting value: line 1 column 6 (char 5)" }],
  ["[1 2]", { error: "JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3)" }],
  ["1 2", { error: "JSONDecodeError: Extra data: line 1 column 3 (char 2)" }],
  ["\"abc", { error: "JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0)" }],
  ["\"a\\x\"", { error: "JSONDecodeError: Invalid \\escape: line 1 column 3 (char 2)" }],
  ["\"\\u12\"", { error: "JSONDecodeError: Invalid \\uXXXX escape: line 1 column 3 (char 2)" }],
  ["\"\\u12g4\"", { error: "JSONDecodeError: Invalid \\uXXXX escape: line 1 column 3 (char 2)" }],
  ["\"\\ud800\\udc00\"", "'\ud800\udc00'"],
  ["\"a\nb\"", { error: "JSONDecodeError: Invalid control character at: line 1 column 3 (char 2)" }],
  ["nul", { error: "JSONDecodeError: Expecting value: line 1 column 1 (char 0)" }],
  ["-", { error: "JSONDecodeError: Expecting value: line 1 column 1 (char 0)" }],
  ["01", { error: "JSONDecodeError: Extra data: line 1 column 2 (char 1)" }],
  ["1.", { error: "JSONDecodeError: Extra data: line 1 column 2 (char 1)" }],
  ["1e", { error: "JSONDecodeError: Extra data: line 1 column 2 (char 1)" }],
  ["1.5e+", { error: "JSONDecodeError: Extra data: line 1 column 4 (char 3)" }],
  ["-Infinity", "-inf"],
  ["NaN", "nan"],
  ["Infinity", "inf"],
  ["Infinityx", { error: "JSONDecodeError: Extra data: line 1 column 9 (char 8)" }],
  ["\ufeff1", { error: "JSONDecodeError: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)" }],
  ["{1:2}", { error: "JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)" }],
  ["[1,\n 2,\n x]", { error: "JSONDecodeError: Expecting value: line 3 column 2 (char 9)" }],
  ["\"\\ud800\\u0041\"", "'\\ud800A'"],
  ["\"\\ud800\"", "'\\ud800'"],
  ["[\"\\u00e9\"]", "['\u00e9']"],
  ["{\"a\":1,\"a\":2,\"b\":3}", "{'a': 2, 'b': 3}"],
  ["1E400", "inf"],
  ["-0", "0"],
  ["\"x\\", { error: "JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0)" }],
  ["\"\\u1234", { error: "JSONDecodeError: Invalid \\uXXXX escape: line 1 column 3 (char 2)" }],
  ["\"\\u123", { error: "JSONDecodeError: Invalid \\uXXXX escape: line 1 column 3 (char 2)" }],
  ["tru", { error: "JSONDecodeError: Expecting value: line 1 column 1 (char 0)" }],
  ["[1,2", { error: "JSONDecodeError: Expecting ',' delimiter: line 1 column 5 (char 4)" }],
  ["{\"a\":1", { error: "JSONDecodeError: Expecting ',' delimiter: line 1 column 7 (char 6)" }],
  ["\"\u00e9\" x", { error: "JSONDecodeError: Extra data: line 1 column 5 (char 4)" }],
  ["\"\ud83d\ude00\" x", { error: "JSONDecodeError: Extra data: line 1 column 5 (char 4)" }],
  ["null", "None"],
  ["true", "True"],
  ["false", "False"],
  ["  [ ]  ", "[]"],
  [" {\n} ", "{}"],
  ["\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "'\"\\\\/\\x08\\x0c\\n\\r\\t'"],
  ["123", "123"],
  ["-12", "-12"],
  ["1.5", "1.5"],
  ["-0.25", "-0.25"],
  ["2.5E-3", "0.0025"],
  ["12345678901234", "12345678901234"],
  ["{\"b\": [1, 2.5, {\"c\": null}], \"a\": \"x\"}", "{'b': [1, 2.5, {'c': None}], 'a': 'x'}"],
  ["[[[]]]", "[[[]]]"],
  ["{\"z\": 1, \"y\": {\"x\": [true, false]}}", "{'z': 1, 'y': {'x': [True, False]}}"],
  ["\"\\uD834\\uDD1E\"", "'\ud834\udd1e'"],
  ["\"\\ud834x\"", "'\\ud834x'"],
  ["\"tab\there\"", { error: "JSONDecodeError: Invalid control character at: line 1 column 5 (char 4)" }],
  ["[1,\n2,\n]", { error: "JSONDecodeError: Expecting value: line 3 column 1 (char 7)" }],
  ["{\"a\": 1 \"b\": 2}", { error: "JSONDecodeError: Expecting ',' delimiter: line 1 column 9 (char 8)" }],
  ["{\"a\": 1, 2: 3}", { error: "JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 10 (char 9)" }],
  ["\"\u007f\"", "'\\x7f'"],
  ["{\n  \"key\": \"value\",\n  \"n\": [1, 2, 3]\n}", "{'key': 'value', 'n': [1, 2, 3]}"],
  ["nulll", { error: "JSONDecodeError: Extra data: line 1 column 5 (char 4)" }],
  ["[-]", { error: "JSONDecodeError: Expecting value: line 1 column 2 (char 1)" }],
  ["[--1]", { error: "JSONDecodeError: Expecting value: line 1 column 2 (char 1)" }],
  ["[1.e5]", { error: "JSONDecodeError: Expecting ',' delimiter: line 1 column 3 (char 2)" }],
  ["0x10", { error: "JSONDecodeError: Extra data: line 1 column 2 (char 1)" }],
  ["\"\\u0000\"", "'\\x00'"],
  ["\"abc\\", { error: "JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0)" }],
  ["[1] [2]", { error: "JSONDecodeError: Extra data: line 1 column 5 (char 4)" }],
  ["\t\r\n 7 \t\r\n", "7"],
];

// [make value, options, shape, json.dumps(value, ...)]; expectations produced by CPython 3.11.
const dumpsCases: [() => unknown, JsonDumpsOptions, string | undefined, string | { error: string }][] = [
  [() => null, {}, undefined, "null"],
  [() => true, {}, undefined, "true"],
  [() => false, {}, undefined, "false"],
  [() => 0, {}, undefined, "0"],
  [() => -12, {}, undefined, "-12"],
  [() => 1152921504606846976, {}, undefined, "1152921504606846976"],
  [() => 1.0, {}, "f", "1.0"],
  [() => 0.1, {}, undefined, "0.1"],
  [() => 1e-05, {}, undefined, "1e-05"],
  [() => 1e+16, {}, "f", "1e+16"],
  [() => NaN, {}, undefined, "NaN"],
  [() => Infinity, {}, undefined, "Infinity"],
  [() => -Infinity, {}, undefined, "-Infinity"],
  [() => -0, {}, "f", "-0.0"],
  [() => "abc", {}, undefined, "\"abc\""],
  [() => "", {}, undefined, "\"\""],
  [() => "q\"b\\s/\n\r\t\b\f\u0000\u001f\u007f", {}, undefined, "\"q\\\"b\\\\s/\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f\""],
  [() => "h\u00e9llo \u2028 \ud83d\ude00", {}, undefined, "\"h\\u00e9llo \\u2028 \\ud83d\\ude00\""],
  [() => "h\u00e9llo \u2028 \ud83d\ude00", { ensureAscii: false }, undefined, "\"h\u00e9llo \u2028 \ud83d\ude00\""],
  [() => "\u0001\u007f\u00e9", { ensureAscii: false }, undefined, "\"\\u0001\u007f\u00e9\""],
  [() => [], {}, undefined, "[]"],
  [() => new Map<unknown, unknown>([]), {}, undefined, "{}"],
  [() => [1, "a", null, true, [2, []]], {}, undefined, "[1, \"a\", null, true, [2, []]]"],
  [() => [1, 2.0], {}, "(i,f)", "[1, 2.0]"],
  [() => new Map<unknown, unknown>([["a", 1], ["b", [1.5, 2.5]]]), {}, "{s:?}", "{\"a\": 1, \"b\": [1.5, 2.5]}"],
  [() => new Map<unknown, unknown>([["a", [1.0, 2.0]]]), {}, "{s:[f]}", "{\"a\": [1.0, 2.0]}"],
  [() => new Map<unknown, unknown>([["b", 1], ["a", 2], ["c", new Map<unknown, unknown>([["z", 1], ["y", 2]])]]), { sortKeys: true }, undefined, "{\"a\": 2, \"b\": 1, \"c\": {\"y\": 2, \"z\": 1}}"],
  [() => new Map<unknown, unknown>([["\ud83d\ude00", 1], ["\uffff", 2], ["a", 3]]), { sortKeys: true }, undefined, "{\"a\": 3, \"\\uffff\": 2, \"\\ud83d\\ude00\": 1}"],
  [() => new Map<unknown, unknown>([[10, "a"], [9, "b"], [2.5, "c"]]), { sortKeys: true }, undefined, "{\"2.5\": \"c\", \"9\": \"b\", \"10\": \"a\"}"],
  [() => new Map<unknown, unknown>([[1, "a"], [2.5, "b"], [false, "c"], [null, "d"]]), {}, undefined, "{\"1\": \"a\", \"2.5\": \"b\", \"false\": \"c\", \"null\": \"d\"}"],
  [() => new Map<unknown, unknown>([[1.0, "x"]]), {}, "{f:s}", "{\"1.0\": \"x\"}"],
  [() => new Map<unknown, unknown>([["a", [1, new Map<unknown, unknown>([["b", null]])]], ["c", "d"]]), { indent: 2 }, undefined, "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": \"d\"\n}"],
  [() => [1, [], new Map<unknown, unknown>([]), [2]], { indent: 0 }, undefined, "[\n1,\n[],\n{},\n[\n2\n]\n]"],
  [() => new Map<unknown, unknown>([["a", [1, 2]]]), { indent: "\t" }, undefined, "{\n\t\"a\": [\n\t\t1,\n\t\t2\n\t]\n}"],
  [() => new Map<unknown, unknown>([["a", [1, 2]]]), { indent: -1 }, undefined, "{\n\"a\": [\n1,\n2\n]\n}"],
  [() => new Map<unknown, unknown>([["a", [1, 2]]]), { indent: 4, separators: [",", " = "] }, undefined, "{\n    \"a\" = [\n        1,\n        2\n    ]\n}"],
  [() => new Map<unknown, unknown>([["a", [1, 2]]]), { separators: [",", ":"] }, undefined, "{\"a\":[1,2]}"],
  [() => [new Map<unknown, unknown>([]), []], { indent: 2 }, undefined, "[\n  {},\n  []\n]"],
  [() => new Map<unknown, unknown>([["k", new Map<unknown, unknown>([["x", 1]])]]), { indent: 3, sortKeys: true, ensureAscii: false }, undefined, "{\n   \"k\": {\n      \"x\": 1\n   }\n}"],
  [() => new Map<unknown, unknown>([[1, 2], ["a", 3]]), { sortKeys: true }, undefined, { error: "TypeError: '<' not supported between instances of 'str' and 'int'" }],
  [() => new Map<unknown, unknown>([["a", 3], [1, 2]]), { sortKeys: true }, undefined, { error: "TypeError: '<' not supported between instances of 'int' and 'str'" }],
  [() => new Map<unknown, unknown>([["b", 1], ["a", 2], [3, 4]]), { sortKeys: true }, undefined, { error: "TypeError: '<' not supported between instances of 'int' and 'str'" }],
  [() => new Map([[[1, 2], 3]]), {}, "{(i,i):i}", { error: "TypeError: keys must be str, int, float, bool or None, not tuple" }],
  [() => new Set([1, 2]), {}, undefined, { error: "TypeError: Object of type set is not JSON serializable" }],
  [() => new Uint8Array([97, 98]), {}, undefined, { error: "TypeError: Object of type bytes is not JSON serializable" }],
  [() => new Custom(), {}, undefined, { error: "TypeError: Object of type Custom is not JSON serializable" }],
  [() => [new Custom()], { default: () => "custom!" }, undefined, "[\"custom!\"]"],
  [() => new Custom(), { default: () => [1, new Map([["k", 2.5]])] }, undefined, "[1, {\"k\": 2.5}]"],
  [() => new Set([3, 1]), { default: (o: unknown) => [...(o as Set<number>)].sort() }, undefined, "[1, 3]"],
];

describe("jsonLoads matches CPython's json.loads", () => {
  test.each(loadsCases)("json.loads(%p)", (text, expected) => {
    expect(outcome(() => repr(jsonLoads(text)))).toEqual(expected);
  });

  test("objects become Maps in document order; a repeated key keeps its first position", () => {
    const value = jsonLoads('{"b": 1, "a": 2, "b": 3}');
    expect(value).toBeInstanceOf(Map);
    expect([...(value as Map<string, unknown>)]).toEqual([
      ["b", 3],
      ["a", 2],
    ]);
  });

  test("numbers: ints have no negative zero; floats keep it", () => {
    expect(Object.is(jsonLoads("-0"), 0)).toBe(true);
    expect(Object.is(jsonLoads("-0.0"), -0)).toBe(true);
    // A float that happens to be integral is a plain number: the value model cannot tell it from an int.
    expect(jsonLoads("1e3")).toBe(1000);
  });

  test("JSONDecodeError is a ValueError with Python's attributes", () => {
    let error: unknown;
    try {
      jsonLoads("[1,\n 2,\n x]");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JSONDecodeError);
    expect(error).toBeInstanceOf(ValueError);
    const e = error as JSONDecodeError;
    expect([e.msg, e.pos, e.lineno, e.colno]).toEqual(["Expecting value", 9, 3, 2]);
    expect(repr(e)).toBe("JSONDecodeError('Expecting value: line 3 column 2 (char 9)')");
  });
});

describe("jsonDumps matches CPython's json.dumps", () => {
  test.each(dumpsCases)("json.dumps(%p, %p) [shape %p]", (make, options, shape, expected) => {
    expect(outcome(() => jsonDumps(make(), options, shape))).toEqual(expected);
  });

  test("circular references are detected", () => {
    const list: unknown[] = [];
    list.push(list);
    expect(outcome(() => jsonDumps(list))).toEqual({ error: "ValueError: Circular reference detected" });
    const dict = new Map<string, unknown>();
    dict.set("x", dict);
    expect(outcome(() => jsonDumps(dict, { indent: 2 }))).toEqual({ error: "ValueError: Circular reference detected" });
    const c = new Custom();
    expect(outcome(() => jsonDumps(c, { default: (o) => o }))).toEqual({ error: "ValueError: Circular reference detected" });
  });

  test("the same list twice is not circular", () => {
    const shared = [1];
    expect(jsonDumps([shared, shared])).toBe("[[1], [1]]");
  });

  test("errors are the runtime's Python exception classes", () => {
    expect(() => jsonDumps(new Set())).toThrow(TypeError);
  });

  test("round trip", () => {
    const text = '{"name": "caf\\u00e9", "tags": ["a", "b"], "n": null, "ok": true, "x": 1.5}';
    expect(jsonDumps(jsonLoads(text))).toBe(text);
  });
});
