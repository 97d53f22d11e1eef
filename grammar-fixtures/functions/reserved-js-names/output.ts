import { dynMul, getItem, print, repr, str } from "py2ts-async/runtime";

// Python identifiers that are reserved or special in JavaScript/TypeScript are renamed consistently.

function function_(new_: number | [number, number[]], delete_: boolean = false): string {
  return `function(new=${str(new_, "<(?,[?])>")}, delete=${str(delete_)})`;
}

function default_(arguments_: number[]): [number, number[]] {
  const let_ = arguments_.length;
  const var_: number[] = arguments_.map((a) => a * 2);
  return [let_, var_];
}

class Node {
  constructor_: string;
  prototype_: null | Map<string, number>;
  constructor(constructor: string, prototype: null | Map<string, number> = null) {
    this.constructor_ = constructor;
    this.prototype_ = prototype;
  }
  instanceof(typeof_: string): boolean {
    return this.constructor_ === typeof_;
  }
  __repr__(): string {
    return `Node(${repr(this.constructor_)}, ${repr(this.prototype_)})`;
  }
}

const switch_: Map<string, number> = new Map([["case", 1], ["this", 2], ["void", 3]]);
const enum_: string[] = ["interface", "implements", "package"];
const null_: null = null;
const undefined_ = "not undefined";
const yield_ = 5;
const eval_ = (expression: unknown) => dynMul(expression, 2);
const [Object_, Array_, Map_] = ["object", ["array"], new Map([["map", true]])];
const [console_, process_, require] = [1, 2, 3];
const [NaN_, Infinity_, Symbol_, Promise_] = ["nan", "inf", "sym", "promise"];
console.log(`${function_(1)} ${function_(2, true)}`);
console.log(str(default_([1, 2, 3]), "(?,[?])"));
const n = new Node("Widget", new Map([["length", 0]]));
print([n, n.constructor_, n.prototype_, n.instanceof("Widget")]);
print([getItem(switch_, "case"), switch_, enum_, null_, undefined_, yield_, eval_(21)]);
console.log(`${Object_} ${str(Array_)} ${str(Map_)} ${console_ + process_ + require} ${NaN_} ${Infinity_} ${Symbol_} ${Promise_}`);
for (const case_ of enum_) {
  print([case_.toUpperCase()], { end: " " });
}
console.log();
const with_: Map<string, number> = new Map([["await", 1], ["async", 2], ["static", 3], ["private", 4]]);
console.log(`${str(with_)} ${str(new Map([["__proto__", 1], ["constructor", 2], ["toString", 3], ["hasOwnProperty", 4]]))}`);
console.log(function_(default_([5])));
