import { bytesOf, dictKey, encode, markTuple, print, repr, str } from "py2ts-async/runtime";

// repr of nested containers: quotes inside strings, None/True inside lists, one-element tuples,
// dicts with tuple keys, bytes, and objects with __str__ / __repr__ inside containers.

class Tag {
  name: string;
  constructor(name: string) {
    this.name = name;
  }
  __repr__(): string {
    return `Tag(${repr(this.name)})`;
  }
}

class Label {
  text: string;
  constructor(text: string) {
    this.text = text;
  }
  __str__(): string {
    return `<${this.text}>`;
  }
}

class Plain {
}

const data: Map<string, number[] | [boolean, boolean, null] | Map<string, unknown[] | [number] | []>> = new Map<string, number[] | [boolean, boolean, null] | Map<string, unknown[] | [number] | []>>([["ids", [1, 2, 3]], ["flags", markTuple([true, false, null])], ["nested", new Map<string, unknown[] | [number] | []>([["empty", []], ["tuple1", markTuple([1])], ["t0", markTuple([])]])]]);
console.log(str(data, "{?:<{?:?}>}"));
console.log(str(str(data, "{?:<{?:?}>}") === repr(data, "{?:<{?:?}>}")), str(data, "{?:<{?:?}>}").length);
console.log(str(["it's", "say \"hi\"", "both ' and \"", "back\\slash", "tab\t", "nl\n", "uni é ✓", "\u0000\u007f"]));
console.log(str(new Map<[number, number] | [number] | null | boolean | number, string | null[] | number | Uint8Array>([[dictKey([1, 2]), "pair"], [dictKey([3]), [null]], [null, 0], [true, "yes"], [2.5, encode("raw")]]), "{<(?,?)|(?)|f>:?}"));
print([[new Tag("a"), new Tag("b")], str([new Tag("x")], "(?)"), new Map([["k", new Tag("v")]])]);
print([new Label("hello"), str(new Label("s")), `${str(new Label("f"))}`, [str(new Label("in list"))]]);
print([repr(new Label("r")).startsWith("<__main__.Label object at "), str(new Plain()).startsWith("<__main__.Plain")]);
print([[[[]]], [[], new Map()], [new Map(), new Set()], new Map([["s", new Set([1, 2])]])]);
console.log(str([bytesOf(), encode("a'b"), encode("\""), bytesOf([10, 9, 92]), bytesOf([0, 127, 128, 255])]));
console.log(`${str(["single"], "(?)")} ${str(["a", ["b", ["c"]]], "(?,(?,(?)))")} ${str([[], [[]]], "[<()|(())>]")}`);
const matrix: number[][] = [[0.5, 1.0], [2.0, 3.5]];
console.log(`${str(matrix, "[[f]]")} ${str(matrix.map((row) => row.slice()), "[[f]]")}`);
console.log(`${repr("'")} ${repr("\"")} ${repr("'\"")} ${repr("")} ${repr("\\")} ${repr("\r\u001b")}`);
const s = "quote's";
console.log(`${repr(s)} ${s} ${s} ${str([s])} ${str([s], "(?)")}`);
