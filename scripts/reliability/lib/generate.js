"use strict";
// Deterministic inputs for the fuzzer: mutants of the project's own Python fixtures, and a fixed set
// of pathological programs. The same seed and the same fixture files give the same inputs, in the
// same order; mutant i depends only on (seed, i), so the first N of a run are a stable subset.
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** mulberry32: small, fast, and good enough to pick mutations. */
class Random {
  constructor(seed) {
    this.state = seed >>> 0;
  }
  next() {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  pick(list) {
    return list[this.int(list.length)];
  }
  chance(p) {
    return this.next() < p;
  }
}

/** A 32-bit mix of the run's seed and the mutant's index. */
function mix(seed, index) {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** grammar-fixtures/**\/input.py and examples/*.py, sorted by path. */
function seedFiles(root = ROOT) {
  const found = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "input.py") found.push(full);
    }
  };
  walk(path.join(root, "grammar-fixtures"));
  const examples = path.join(root, "examples");
  if (fs.existsSync(examples)) {
    for (const name of fs.readdirSync(examples).sort()) if (name.endsWith(".py")) found.push(path.join(examples, name));
  }
  return found.map((file) => ({ name: path.relative(root, file).replace(/\\/g, "/"), text: fs.readFileSync(file, "utf8") }));
}

const INSERTED_TOKENS = [
  "async ", "await ", "yield ", "yield from ", "lambda ", "lambda: ", "lambda x: ",
  "(", ")", "[", "]", "{", "}", "((", "]]", "}", ")",
  "    ", "\t", "\r", "\0", "\uFEFF",
  ":", ",", "*", "**", "=", ":=", ".", "@", "\\", "'", '"', '"""', "#", "f\"", "not ", "None", "return ", "del ", "global x\n", "nonlocal x\n", "pass\n",
];

/** Names that are reserved or special in JavaScript/TypeScript (or in the output's runtime), all valid Python names. */
const JS_NAMES = [
  "function", "let", "constructor", "__proto__", "arguments", "default", "new", "delete",
  "var", "const", "this", "typeof", "instanceof", "void", "switch", "case", "catch", "throw", "extends", "export",
  "enum", "interface", "implements", "package", "private", "protected", "public", "static", "debugger", "do",
  "null", "true", "false", "undefined", "NaN", "Infinity", "eval", "prototype", "hasOwnProperty", "toString", "valueOf",
  "Object", "Promise", "Symbol", "Map", "Set", "Array", "Error", "JSON", "Math", "String", "Number", "URL", "console",
  "process", "globalThis", "require", "module", "exports", "any", "unknown", "never", "type", "namespace", "declare", "readonly", "keyof", "infer", "satisfies", "as", "of", "get", "set",
];

const PY_KEYWORDS = new Set("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case type _".split(" "));

const lines = (text) => text.split("\n");

/** Each operator mutates { text } (a string) or, for the byte-level ones, { bytes }; returns a short description. */
const TEXT_OPERATORS = {
  deleteLine(m, r) {
    const ls = lines(m.text);
    const n = 1 + (r.chance(0.3) ? r.int(4) : 0);
    const at = r.int(ls.length);
    ls.splice(at, n);
    m.text = ls.join("\n");
    return `deleteLines(${at + 1}+${n})`;
  },
  duplicateLine(m, r) {
    const ls = lines(m.text);
    const at = r.int(ls.length);
    const n = 1 + (r.chance(0.3) ? r.int(4) : 0);
    ls.splice(at, 0, ...ls.slice(at, at + n));
    m.text = ls.join("\n");
    return `duplicateLines(${at + 1}+${n})`;
  },
  swapLines(m, r) {
    const ls = lines(m.text);
    const a = r.int(ls.length);
    const b = r.chance(0.5) ? Math.min(ls.length - 1, a + 1) : r.int(ls.length);
    [ls[a], ls[b]] = [ls[b], ls[a]];
    m.text = ls.join("\n");
    return `swapLines(${a + 1},${b + 1})`;
  },
  insertToken(m, r) {
    const token = r.pick(INSERTED_TOKENS);
    const at = r.chance(0.5) ? boundary(m.text, r) : r.int(m.text.length + 1);
    m.text = m.text.slice(0, at) + token + m.text.slice(at);
    return `insert(${JSON.stringify(token)}@${at})`;
  },
  strayIndent(m, r) {
    const ls = lines(m.text);
    const at = r.int(ls.length);
    const indent = r.pick(["  ", "    ", "\t", " ", "        "]);
    ls[at] = indent + ls[at];
    m.text = ls.join("\n");
    return `indent(${at + 1},${JSON.stringify(indent)})`;
  },
  dedentLine(m, r) {
    const ls = lines(m.text);
    const indented = ls.map((l, i) => (/^\s+\S/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (indented.length === 0) return "dedent(none)";
    const at = r.pick(indented);
    ls[at] = ls[at].replace(/^( {1,4}|\t)/, "");
    m.text = ls.join("\n");
    return `dedent(${at + 1})`;
  },
  spliceLines(m, r, seeds) {
    const donor = lines(r.pick(seeds).text);
    const from = r.int(donor.length);
    const n = 1 + r.int(5);
    const block = donor.slice(from, from + n);
    const baseIndent = (block[0] || "").match(/^\s*/)[0].length;
    const ls = lines(m.text);
    const at = r.int(ls.length + 1);
    const targetIndent = ((ls[at] ?? ls[at - 1] ?? "").match(/^\s*/) || [""])[0];
    const moved = block.map((l) => targetIndent + l.slice(Math.min(baseIndent, l.match(/^\s*/)[0].length)));
    ls.splice(at, 0, ...moved);
    m.text = ls.join("\n");
    return `splice(${at + 1}+${moved.length})`;
  },
  renameToJsName(m, r) {
    const names = [...new Set(m.text.match(/\b[A-Za-z_][A-Za-z0-9_]*\b/g) || [])].filter((n) => !PY_KEYWORDS.has(n)).sort();
    if (names.length === 0) return "rename(none)";
    const from = r.pick(names);
    const to = r.pick(JS_NAMES);
    m.text = m.text.replace(new RegExp(`\\b${from}\\b`, "g"), to);
    return `rename(${from}->${to})`;
  },
  insertExtra(m, r) {
    // A comment or a backslash continuation where Python allows one: tree-sitter keeps both as
    // named nodes among the children of whatever node they sit in.
    const spots = [];
    let depth = 0;
    let quote = "";
    for (let i = 0; i < m.text.length; i++) {
      const c = m.text[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote || c === "\n") quote = "";
        continue;
      }
      if (c === "#") {
        while (i < m.text.length && m.text[i] !== "\n") i++;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
      else if (c === "," || c === " ") spots.push({ at: i + 1, inside: depth > 0 });
    }
    if (spots.length === 0) return "extra(none)";
    const spot = r.pick(spots);
    const extra = spot.inside && r.chance(0.5) ? "  # note\n" : " \\\n";
    m.text = m.text.slice(0, spot.at) + extra + m.text.slice(spot.at);
    return `extra(${JSON.stringify(extra)}@${spot.at})`;
  },
  dropAsyncAwait(m, r) {
    const spots = [...m.text.matchAll(/\b(async|await) /g)].map((x) => x.index);
    if (spots.length === 0) return "drop(none)";
    const at = r.pick(spots);
    const word = m.text.startsWith("async", at) ? "async " : "await ";
    m.text = m.text.slice(0, at) + m.text.slice(at + word.length);
    return `drop(${word.trim()}@${at})`;
  },
};

const BYTE_OPERATORS = {
  truncate(m, r) {
    const at = r.int(m.bytes.length + 1);
    m.bytes = m.bytes.subarray(0, at);
    return `truncate(${at})`;
  },
  invalidUtf8(m, r) {
    const bad = r.pick([[0xff], [0xfe], [0xc0, 0x80], [0x80], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xc3]]);
    const at = r.int(m.bytes.length + 1);
    m.bytes = Buffer.concat([m.bytes.subarray(0, at), Buffer.from(bad), m.bytes.subarray(at)]);
    return `badBytes(${bad.map((b) => b.toString(16)).join(" ")}@${at})`;
  },
};

const WEIGHTED = [
  ["deleteLine", 4], ["duplicateLine", 2], ["swapLines", 3], ["insertToken", 6], ["strayIndent", 1], ["dedentLine", 1],
  ["spliceLines", 3], ["renameToJsName", 3], ["insertExtra", 2], ["dropAsyncAwait", 1], ["truncate", 1], ["invalidUtf8", 1],
];
const TOTAL_WEIGHT = WEIGHTED.reduce((n, [, w]) => n + w, 0);

function pickOperator(r) {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [name, w] of WEIGHTED) {
    if ((x -= w) < 0) return name;
  }
  return WEIGHTED[0][0];
}

/** A position just before or after a run of spaces/punctuation: where a token would go. */
function boundary(text, r) {
  const spots = [];
  for (let i = 0; i <= text.length; i++) {
    if (i === 0 || i === text.length || /[\s()[\]{},:.=]/.test(text[i]) !== /[\s()[\]{},:.=]/.test(text[i - 1])) spots.push(i);
  }
  return r.pick(spots);
}

/**
 * Mutant `index` of the run with `seed`: a seed file with one to three mutations.
 * @returns {{ id: string, seed: string, ops: string[], bytes: Buffer }}
 */
function mutant(seeds, seed, index) {
  const r = new Random(mix(seed, index));
  const base = r.pick(seeds);
  const count = r.chance(0.5) ? 1 : r.chance(0.6) ? 2 : 3;
  const chosen = Array.from({ length: count }, () => pickOperator(r));
  // Text-level mutations first, then the byte-level ones (which can split a UTF-8 sequence).
  chosen.sort((a, b) => Number(a in BYTE_OPERATORS) - Number(b in BYTE_OPERATORS));
  const m = { text: base.text, bytes: undefined };
  const ops = [];
  for (const op of chosen) {
    if (op in TEXT_OPERATORS) ops.push(TEXT_OPERATORS[op](m, r, seeds));
    else {
      m.bytes ??= Buffer.from(m.text, "utf8");
      ops.push(BYTE_OPERATORS[op](m, r));
    }
  }
  return { id: `mutant-${index}`, seed: base.name, ops, bytes: m.bytes ?? Buffer.from(m.text, "utf8") };
}

function generateMutants(seeds, { seed, count, start = 0 }) {
  if (seeds.length === 0) throw new Error("no seed files (grammar-fixtures/**/input.py, examples/*.py)");
  return Array.from({ length: count }, (_, i) => mutant(seeds, seed, start + i));
}

// ---------------------------------------------------------------------------------------------
// Fixed pathological inputs.

const repeat = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join("");

function nestedBlocks(depth) {
  // if / for / while / with / try, in turn, each one level deeper.
  const kinds = ["if", "for", "while", "with", "try"];
  let head = "import asyncio\n\nasync def main() -> None:\n    x = 1\n";
  let tail = "";
  for (let i = 0; i < depth; i++) {
    const pad = "    ".repeat(i + 1);
    const kind = kinds[i % kinds.length];
    if (kind === "if") head += `${pad}if x > ${i % 7}:\n`;
    else if (kind === "for") head += `${pad}for i${i} in range(2):\n`;
    else if (kind === "while") head += `${pad}while x < ${i + 2}:\n`;
    else if (kind === "with") head += `${pad}async with asyncio.Lock():\n`;
    else head += `${pad}try:\n`;
  }
  const inner = "    ".repeat(depth + 1);
  head += `${inner}x += 1\n${inner}print(x)\n`;
  for (let i = depth - 1; i >= 0; i--) {
    const pad = "    ".repeat(i + 1);
    const kind = kinds[i % kinds.length];
    if (kind === "while") tail += `${pad}    break\n`;
    if (kind === "try") tail += `${pad}except ValueError:\n${pad}    pass\n`;
  }
  return `${head}${tail}\nasyncio.run(main())\n`;
}

function nestedFunctions(depth, prefix) {
  let s = "";
  for (let i = 0; i < depth; i++) s += `${"    ".repeat(i)}${prefix}def f${i}(x${i}: int) -> object:\n`;
  s += `${"    ".repeat(depth)}return x0\n`;
  for (let i = depth - 2; i >= 0; i--) s += `${"    ".repeat(i + 1)}return f${i + 1}\n`;
  return s + "print(f0(1))\n";
}

const SPECIAL = ["function", "let", "constructor", "__proto__", "arguments", "default", "new", "delete"];

function jsNamesProgram() {
  const n = SPECIAL;
  return [
    "import asyncio",
    "from dataclasses import dataclass",
    "",
    "# as variables",
    ...n.map((v, i) => `${v} = ${i}`),
    `print(${n.join(", ")})`,
    "",
    "# as parameters, keyword arguments and locals",
    `def f(${n.join(", ")}):`,
    `    total = ${n.join(" + ")}`,
    "    return total",
    `print(f(${n.map((_, i) => i).join(", ")}))`,
    `print(f(${n.map((v, i) => `${v}=${i}`).join(", ")}))`,
    `def g(*arguments, **default):`,
    "    return len(arguments) + len(default)",
    "print(g(1, 2, new=3))",
    "",
    "# as attributes",
    "class Holder:",
    "    def __init__(self) -> None:",
    ...n.map((v, i) => `        self.${v} = ${i}`),
    "",
    "h = Holder()",
    `print(${n.map((v) => `h.${v}`).join(", ")})`,
    "h.__proto__ = 42",
    "print(h.__proto__, h.constructor)",
    "",
    "# as dict keys",
    `d = {${n.map((v, i) => `"${v}": ${i}`).join(", ")}}`,
    'print(d["__proto__"], d["constructor"], len(d), sorted(d))',
    'd["__proto__"] = "x"',
    'print(d.get("__proto__"), "__proto__" in d, list(d.keys()))',
    "",
    "# as class and function names",
    ...n.map((v) => `class ${v}_cls:\n    pass\n`),
    "@dataclass",
    "class new_thing:",
    "    constructor: int",
    "    __proto__: str",
    "print(new_thing(1, 'p'))",
    "",
    "async def arguments_fn(constructor: int) -> int:",
    "    await asyncio.sleep(0)",
    "    return constructor",
    "print(asyncio.run(arguments_fn(3)))",
    "",
  ].join("\n");
}

/** Each name used alone, in every role, so that one failure does not hide the others. */
function jsNameRoles(name) {
  return [
    { role: "variable", text: `${name} = 1\nprint(${name})\n${name} += 1\nprint(${name})\n` },
    { role: "parameter", text: `def f(${name}: int = 2) -> int:\n    return ${name} * 2\n\nprint(f(3), f(${name}=4), f())\n` },
    { role: "attribute", text: `class C:\n    def __init__(self) -> None:\n        self.${name} = 1\n\nc = C()\nc.${name} += 1\nprint(c.${name})\n` },
    { role: "dict-key", text: `d = {"${name}": 1}\nd["${name}"] = 2\nprint(d, d["${name}"], "${name}" in d, len(d))\n` },
    { role: "class", text: `class ${name}:\n    def __init__(self, v: int) -> None:\n        self.v = v\n\nprint(${name}(1).v, ${name}.__name__)\n` },
    { role: "function", text: `def ${name}() -> int:\n    return 1\n\nprint(${name}())\n` },
    { role: "async-local", text: `import asyncio\n\nasync def main() -> None:\n    ${name} = await asyncio.sleep(0, 5)\n    print(${name})\n\nasyncio.run(main())\n` },
    { role: "loop-and-comprehension", text: `for ${name} in range(2):\n    print(${name})\nprint([${name} * 2 for ${name} in range(3)])\n` },
    { role: "global-nonlocal", text: `${name} = 0\ndef bump() -> None:\n    global ${name}\n    ${name} += 1\ndef outer() -> int:\n    ${name} = 1\n    def inner() -> None:\n        nonlocal ${name}\n        ${name} += 1\n    inner()\n    return ${name}\nbump()\nprint(${name}, outer())\n` },
    { role: "kwargs-key", text: `def f(**kw: int) -> None:\n    print(kw)\nf(${name}=1)\n` },
    { role: "exception-alias", text: `try:\n    raise ValueError("x")\nexcept ValueError as ${name}:\n    print(${name})\n` },
    { role: "function-type", text: `def f(${name}: int) -> int:\n    return ${name}\n\nhandlers = [f]\nprint(handlers[0](1))\n` },
    { role: "dataclass-field", text: `from dataclasses import dataclass\n\n@dataclass\nclass C:\n    ${name}: int\n\nprint(C(1))\n` },
    { role: "namedtuple-field", text: `from typing import NamedTuple\n\nclass P(NamedTuple):\n    ${name}: int = 0\n\nprint(P(), P(1).${name})\n` },
  ];
}

/** The fixed pathological inputs: name and Python text (or bytes). */
function pathologicalInputs() {
  const list = [];
  const add = (name, text) => list.push({ id: `pathological/${name}`, bytes: Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8") });

  // Deep nesting, beyond the translator's limit and just under it.
  add("parens-3000", `x = ${"(".repeat(3000)}1${")".repeat(3000)}\nprint(x)\n`);
  add("brackets-3000", `x = ${"[".repeat(3000)}1${"]".repeat(3000)}\nprint(x)\n`);
  add("braces-3000", `x = ${'{"k": '.repeat(3000)}1${"}".repeat(3000)}\nprint(x)\n`);
  add("calls-3000", `def f(x):\n    return x\nprint(${"f(".repeat(3000)}1${")".repeat(3000)})\n`);
  add("unclosed-parens-3000", `x = ${"(".repeat(3000)}1\n`);
  add("closing-parens-3000", `x = 1${")".repeat(3000)}\n`);
  add("not-3000", `print(${"not ".repeat(3000)}True)\n`);
  add("minus-3000", `print(${"-".repeat(3000)}1)\n`);
  add("lambda-3000", `f = ${"lambda: ".repeat(3000)}1\nprint(f)\n`);
  add("attribute-chain-5000", `class A:\n    pass\na = A()\na.b = a\nprint(a${".b".repeat(5000)})\n`);
  add("subscript-chain-3000", `a = [0]\nprint(a${"[0]".repeat(3000)})\n`);
  add("binary-chain-40000", `x = ${repeat(40000, (i) => (i ? " + " : "") + (i % 10))}\nprint(x)\n`);
  add("string-concat-5000", `x = ${repeat(5000, (i) => (i ? " + " : "") + '"a"')}\nprint(len(x))\n`);
  add("implicit-concat-5000", `x = (${repeat(5000, () => '"ab" ')})\nprint(len(x))\n`);
  add("conditional-chain-1000", `x = 1\ny = ${repeat(1000, (i) => `${i} if x == ${i} else `)}-1\nprint(y)\n`);
  add("comparison-chain-3000", `x = 1\nprint(${repeat(3000, (i) => (i ? " < " : "") + "x")})\n`);
  add("boolean-chain-5000", `x = 1\nprint(${repeat(5000, (i) => (i ? " and " : "") + "x")})\n`);
  add("fstring-nested", `x = 1\nprint(f"{f'{x!r:>{x + 9}}'}" + f"{x:{x}{x}}" + f"{{}}{x=}")\n`);
  for (const n of [130, 198]) add(`parens-${n}`, `x = ${"(".repeat(n)}1${")".repeat(n)}\nprint(x)\n`);
  for (const n of [130, 198]) add(`calls-${n}`, `def f(x: int) -> int:\n    return x\nprint(${"f(".repeat(n)}1${")".repeat(n)})\n`);
  for (const n of [130]) add(`awaits-${n}`, `import asyncio\nasync def f(x: int) -> int:\n    return x\nasync def main() -> None:\n    print(${"await f(".repeat(n)}1${")".repeat(n)})\nasyncio.run(main())\n`);
  add("lists-395", `x = ${"[".repeat(395)}1${"]".repeat(395)}\nprint(x)\n`);
  add("binary-chain-390", `x = ${repeat(390, (i) => (i ? " + " : "") + (i % 10))}\nprint(x)\n`);
  add("strings-390", `x = ${repeat(390, (i) => (i ? " + " : "") + `"s${i}"`)}\nprint(x)\n`);
  add("blocks-150", nestedBlocks(150));
  add("blocks-100", nestedBlocks(100));
  add("blocks-60", nestedBlocks(60));
  add("defs-150", nestedFunctions(150, ""));
  add("async-defs-150", nestedFunctions(150, "async "));
  add("defs-190", nestedFunctions(190, ""));
  add("classes-150", repeat(150, (i) => `${"    ".repeat(i)}class C${i}:\n`) + `${"    ".repeat(150)}pass\n`);
  add("ifs-199", "x = 1\n" + repeat(199, (i) => `${"    ".repeat(i)}if x:\n`) + `${"    ".repeat(199)}print(x)\n`);
  add("try-without-handler", "try:\n    pass\n");
  // Methods that return each other through self: inferred types grow exponentially (bdb.py, trace.py).
  add("recursive-method-types", [
    "class Tracer:",
    "    def dispatch(self, event: int):",
    ...[1, 2, 3].map((i) => `        if event == ${i}:\n            return self.on_${i}()`),
    "        return self.dispatch",
    "",
    ...[1, 2, 3].map((i) => `    def on_${i}(self):\n        return self.dispatch\n`),
  ].join("\n"));
  add("elif-3000", "x = 1\n" + repeat(3000, (i) => `${i ? "elif" : "if"} x == ${i}:\n    print(${i})\n`) + "else:\n    print(-1)\n");

  // Long lines and large files.
  add("line-200k-string", `x = "${"a".repeat(200000)}"\nprint(len(x))\n`);
  add("line-200k-list", `x = [${repeat(40000, (i) => (i ? ", " : "") + (i % 1000))}]\nprint(len(x))\n`);
  add("line-200k-comment", `x = 1  # ${"c".repeat(200000)}\nprint(x)\n`);
  add("line-200k-identifier", `${"n".repeat(200000)} = 1\nprint(${"n".repeat(200000)})\n`);
  add("line-200k-fstring", `x = 1\nprint(f"${repeat(20000, () => "{x}aaaaa")}")\n`);
  add("line-200k-bytes", `x = b"${"\\x00".repeat(50000)}"\nprint(len(x))\n`);
  add("line-200k-unterminated", `x = "${"a".repeat(200000)}\n`);
  add("file-20000-statements", repeat(20000, (i) => `v${i} = ${i}\n`) + "print(v19999)\n");
  add("file-2000-functions", repeat(2000, (i) => `def f${i}(a: int) -> int:\n    return a + ${i}\n\n`) + "print(f1999(1))\n");
  add("file-3000-async-functions", "import asyncio\n" + repeat(3000, (i) => `async def f${i}() -> int:\n    await asyncio.sleep(0)\n    return ${i}\n\n`) + "print(asyncio.run(f2999()))\n");

  // Many arguments and parameters.
  add("call-5000-args", `print(${repeat(5000, (i) => (i ? ", " : "") + i)})\n`);
  add("call-5000-args-varargs", `def f(*a: int) -> int:\n    return len(a)\nprint(f(${repeat(5000, (i) => (i ? ", " : "") + i)}))\n`);
  add("call-5000-kwargs", `def f(**k: int) -> int:\n    return len(k)\nprint(f(${repeat(5000, (i) => `${i ? ", " : ""}a${i}=${i}`)}))\n`);
  add("def-5000-params", `def f(${repeat(5000, (i) => `${i ? ", " : ""}p${i}`)}):\n    return p4999\nprint(f(${repeat(5000, (i) => (i ? ", " : "") + i)}))\n`);
  add("gather-5000", `import asyncio\nasync def f(i: int) -> int:\n    return i\nasync def main() -> None:\n    print(len(await asyncio.gather(${repeat(5000, (i) => `${i ? ", " : ""}f(${i})`)})))\nasyncio.run(main())\n`);
  add("dict-5000-entries", `d = {${repeat(5000, (i) => `${i ? ", " : ""}"k${i}": ${i}`)}}\nprint(len(d))\n`);

  // Python names that are JavaScript keywords or special names.
  add("js-names-all-roles", jsNamesProgram());
  for (const name of SPECIAL) {
    for (const { role, text } of jsNameRoles(name)) add(`js-name/${name}/${role}`, text);
  }

  // Newer Python syntax (the translator follows 3.11 and must say so).
  add("newer/except-comma", "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n");
  add("newer/except-comma-as", "try:\n    pass\nexcept (ValueError, TypeError) as e:\n    print(e)\nexcept KeyError, IndexError:\n    pass\n");
  add("newer/type-alias", "type X = int\nx: X = 1\nprint(x)\n");
  add("newer/type-alias-generic", "type Pair[T] = tuple[T, T]\np: Pair[int] = (1, 2)\nprint(p)\n");
  add("newer/generic-def", "def f[T](x: T) -> T:\n    return x\nprint(f(1))\n");
  add("newer/generic-def-ellipsis", "def f[T](x: T): ...\n");
  add("newer/generic-class", "class Box[T]:\n    def __init__(self, v: T) -> None:\n        self.v = v\nprint(Box(1).v)\n");
  add("newer/generic-bounds", "def f[T: (int, str), *Ts, **P](x: T) -> T:\n    return x\n");
  add("newer/except-star", "try:\n    raise ExceptionGroup('g', [ValueError(1)])\nexcept* ValueError as e:\n    print(e)\n");
  add("newer/fstring-nested-quotes", 'x = {"a": 1}\nprint(f"{x["a"]}")\n');
  add("newer/match", "x = (1, 2)\nmatch x:\n    case (1, y):\n        print(y)\n    case _:\n        pass\n");
  add("newer/parenthesized-with", "import asyncio\nasync def main() -> None:\n    async with (asyncio.Lock() as a, asyncio.Lock() as b):\n        print(a, b)\nasyncio.run(main())\n");
  add("newer/star-subscript", "a = {(1, 2): 3}\nb = (1, 2)\nprint(a[*b])\n");
  add("newer/walrus-comprehension", "print([y for x in range(3) if (y := x * 2)])\n");
  add("newer/positional-only", "def f(a, /, b, *, c):\n    return a + b + c\nprint(f(1, 2, c=3))\n");

  // Comments and backslash continuations where tree-sitter keeps them as named children of a node
  // the translator walks (`namedChildren()` returns them along with the real children).
  const extras = {
    "with-continuation": 'with open("a") as a, \\\n        open("b") as b:\n    pass\n',
    "async-with-continuation": "import asyncio\n\nasync def main() -> None:\n    async with asyncio.Lock() as a, \\\n            asyncio.Lock() as b:\n        print(a, b)\n\nasyncio.run(main())\n",
    "async-with-comment": "import asyncio\n\nasync def main() -> None:\n    async with (\n        asyncio.Lock() as a,  # first\n        asyncio.Lock() as b,  # second\n    ):\n        print(a, b)\n\nasyncio.run(main())\n",
    "def-params": "def f(a,  # first\n      b: int = 2,  # second\n      *args,  # rest\n      **kw):  # keywords\n    return a + b\n\nprint(f(1, \\\n        2))\n",
    "call-args": "print(1,  # one\n      2,  # two\n      sep=\", \",  # separator\n      )\n",
    "collections": 'd = {  # open\n    "a": 1,  # a\n    # alone\n    "b": 2,\n}\nl = [  # open\n    1,  # one\n    2,\n]\ns = {1,  # one\n     2}\nt = (1,  # one\n     2)\nprint(d, l, s, t)\n',
    "imports": "from typing import (  # names\n    Any,  # any\n    Optional,\n)\nimport os, \\\n    sys\nprint(Any, Optional, os.sep, sys.maxsize > 0)\n",
    "class-bases": "class A:\n    pass\n\nclass B(  # bases\n    A,  # a\n):\n    x: int = 1  # field\n\nprint(B().x)\n",
    "decorators": "import functools\n\n@functools.lru_cache(  # cache\n    maxsize=None,  # unbounded\n)\n# between\ndef f(n: int) -> int:\n    return n\n\nprint(f(1))\n",
    "comprehensions": "print([x  # item\n       for x in range(3)  # loop\n       if x  # test\n       ])\nprint({k: v for k, v \\\n       in [(1, 2)]})\n",
    "subscripts-slices": "a = [1, 2, 3]\nprint(a[  # index\n    1  # one\n], a[0:  # start\n  2])\n",
    "lambda-conditional": "f = lambda x, \\\n    y: (x  # x\n        if y else  # else\n        y)\nprint(f(1, 2))\n",
    "boolean-comparison": "x = 1\nprint(x > 0 and \\\n      x < 2 or  # or\n      x == 5, 0 < x \\\n      < 3)\n",
    "assignments": "a, \\\n    b = 1, 2\nc = d = \\\n    3\nprint(a, b, c, d)\n",
    "fstring-and-strings": 'x = 1\nprint(f"{x}"  # one\n      f"{x!r}"\n      "tail")\n',
    "match": "x = (1, 2)\nmatch x:  # subject\n    case (1,  # one\n          y):\n        print(y)\n    case _:  # default\n        pass\n",
    "try-except": "try:  # try\n    pass\nexcept (ValueError,  # value\n        TypeError) as e:  # alias\n    print(e)\nfinally:  # finally\n    pass\n",
    "global-del-assert": "x = 1\ndef f() -> None:\n    global x  # it\n    x = 2\nf()\nassert x, \\\n    'msg'\ndel x  # gone\n",
    "return-yield-await": "import asyncio\n\nasync def g() -> int:\n    return \\\n        1\n\nasync def main() -> None:\n    v = await \\\n        g()\n    print(v)\n\nasyncio.run(main())\n",
    "for-while-if": "for i, \\\n        j in [(1, 2)]:\n    print(i, j)\nwhile False \\\n        or False:\n    pass\nif (True  # yes\n        ):\n    pass\nelif \\\n        False:\n    pass\n",
  };
  for (const [name, text] of Object.entries(extras)) add(`extras/${name}`, text);

  // Odd files.
  add("empty", "");
  add("only-newline", "\n");
  add("only-bom", "\uFEFF");
  add("only-cr", "\r");
  add("only-nul", "\0");
  add("only-comment", "# nothing\n");
  add("bom-crlf", "\uFEFFprint(1)\r\nprint(2)\r\n");
  add("cr-only-newlines", "x = 1\rif x:\r    print(x)\r");
  add("mixed-tabs-spaces", "if True:\n\tx = 1\n        print(x)\n");
  add("nul-in-string", 'print("a\0b")\n');
  add("nul-in-code", "x = 1\0\nprint(x)\n");
  add("unterminated-triple-quote", 'x = """abc\n\nprint(x)\n');
  add("line-continuation-at-eof", "x = 1 + \\");
  add("form-feed", "\fx = 1\n\fprint(x)\n");
  add("lone-surrogate-escape", 'print("\\ud800")\n');
  add("astral-identifiers", "𝔘𝔫𝔦 = 1\nprint(𝔘𝔫𝔦)\nπ = 3\nprint(π)\n");
  add("invalid-utf8", Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x22, 0xff, 0xfe, 0x22, 0x0a]));
  add("utf16-file", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("print(1)\n", "utf16le")]));
  add("latin1-coding-cookie", Buffer.concat([Buffer.from("# -*- coding: latin-1 -*-\nprint('"), Buffer.from([0xe9]), Buffer.from("')\n")]));
  return list;
}

// ---------------------------------------------------------------------------------------------
// Every library function and method the translator has a rule for, called with arguments it does
// not expect: none, a `*list`, a `**dict`, a single None. Python would raise TypeError at run time
// (or accept the splats); the translator must answer with a translation or diagnostics.

/** Receivers for methods, by the class prefix of the rule's key; contexts the receivers need. */
const RECEIVERS = [
  ["str", '"abc"'], ["list", "[1, 2]"], ["dict", '{"a": 1}'], ["set", "{1, 2}"], ["bytes", 'b"ab"'], ["float", "(1.5)"], ["int", "(7)"],
  ["os._Environ", "os.environ"], ["re.Pattern", 're.compile("a")'], ["re.Match", "m"],
  ["collections.defaultdict", "collections.defaultdict(int)"], ["collections.Counter", 'collections.Counter("aab")'], ["collections.deque", "collections.deque([1])"],
  ["contextlib.AsyncExitStack", "stack"], ["asyncgen", "agen()"], ["typing.NamedTuple", "Point(1, 2)"],
  ["asyncio.AbstractEventLoop", "loop"], ["asyncio.Future", "fut"], ["asyncio.Task", "task"], ["asyncio.Queue", "asyncio.Queue()"],
  ["asyncio.Lock", "asyncio.Lock()"], ["asyncio.Event", "asyncio.Event()"], ["asyncio.Condition", "asyncio.Condition()"],
  ["asyncio.Semaphore", "asyncio.Semaphore()"], ["asyncio.Barrier", "asyncio.Barrier(1)"], ["asyncio.TaskGroup", "tg"], ["asyncio.Timeout", "tm"],
  ["asyncio.Handle", "handle"], ["aiohttp.ClientSession", "session"], ["aiohttp.ClientResponse", "resp"], ["aiohttp.CIMultiDictProxy", "resp.headers"],
  ["aiohttp.StreamReader", "resp.content"], ["aiohttp.URL", "resp.url"],
].sort((a, b) => b[0].length - a[0].length);

const MODULES = ["asyncio", "aiohttp", "collections", "contextlib", "dataclasses", "functools", "json", "math", "os", "re", "sys", "time", "typing"];

function libraryCallProgram(call) {
  return [
    ...MODULES.map((m) => `import ${m}`),
    "",
    "class Point(typing.NamedTuple):",
    "    x: int",
    "    y: int",
    "",
    "async def agen():",
    "    yield 1",
    "",
    "def callback() -> None:",
    "    pass",
    "",
    "async def main() -> None:",
    "    args: list[int] = []",
    "    kwargs: dict[str, int] = {}",
    '    m = re.match("a", "abc")',
    "    loop = asyncio.get_running_loop()",
    "    fut = loop.create_future()",
    "    task = asyncio.create_task(asyncio.sleep(0))",
    "    handle = loop.call_soon(callback)",
    "    async with contextlib.AsyncExitStack() as stack:",
    "        async with asyncio.TaskGroup() as tg:",
    "            async with asyncio.timeout(5) as tm:",
    "                async with aiohttp.ClientSession() as session:",
    '                    async with session.get("http://127.0.0.1:9/") as resp:',
    `                        x = ${call}`,
    "                        print(x)",
    "",
    "asyncio.run(main())",
    "",
  ].join("\n");
}

/** The translator's call rules (from the build's registry), each called with unexpected arguments. */
function libraryCallInputs(dist) {
  let registry;
  try {
    registry = require(path.join(dist, "lower", "rules.js")).allRules();
  } catch (error) {
    return { inputs: [], warning: `cannot list the translator's call rules (${error.message}); library-call inputs skipped` };
  }
  const inputs = [];
  const keys = [...registry.calls.keys()].sort();
  for (const key of keys) {
    const rule = registry.calls.get(key);
    let callee;
    const receiver = RECEIVERS.find(([prefix]) => key.startsWith(`${prefix}.`));
    if (receiver) {
      const method = key.slice(receiver[0].length + 1);
      if (/^__\w+__$/.test(method)) continue; // operators (`x[k]`, `in`, iteration), not calls
      callee = `${receiver[1]}.${method}`;
    } else if (!key.includes(".")) callee = key;
    else if (MODULES.includes(key.split(".")[0])) callee = key;
    else continue;
    for (const [variant, args] of [["none", ""], ["star", "*args"], ["starstar", "**kwargs"], ["None", "None"]]) {
      const call = `${rule && rule.async ? "await " : ""}${callee}(${args})`;
      inputs.push({ id: `library-call/${key}/${variant}`, bytes: Buffer.from(libraryCallProgram(call), "utf8") });
    }
  }
  return { inputs };
}

module.exports = {
  libraryCallInputs, Random, mix, seedFiles, generateMutants, mutant, pathologicalInputs, JS_NAMES, SPECIAL };
