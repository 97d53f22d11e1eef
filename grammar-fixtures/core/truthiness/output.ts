import { str } from "py2ts-async/runtime";

// Python truthiness: empty containers, zero and None are false; `and`/`or` return an operand.
const items: number[] = [];
const mapping: Map<string, number> = new Map();
const name = "";
const count = 0;
const nothing: null = null;

if (items.length === 0) {
  console.log("no items");
}
if (mapping.size === 0) {
  console.log("no mapping");
}
if (name === "") {
  console.log("no name");
}
if (count === 0) {
  console.log("zero count");
}
if (nothing === null) {
  console.log("nothing is None");
}

items.push(1);
mapping.set("k", 2);
console.log(str(items.length > 0), str(mapping.size > 0), str(true), str(false));
console.log(`${name || "anonymous"} ${count || 10} ${str(items.length > 0 ? "has items" : items)}`);
console.log(nothing || "default");
const label = mapping.size > 0 ? "set" : "unset";
console.log(label);
