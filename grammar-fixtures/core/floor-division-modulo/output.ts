import { ZeroDivisionError, at, div, divFloat, divmod, floorDiv, floorDivFloat, format, mod, modFloat, pow, print, pyType, str } from "py2ts-async/runtime";

// Floor division and modulo follow Python's sign rules for negatives, ints and floats alike.
const cases: [number, number][] = [[7, 2], [-7, 2], [7, -2], [-7, -2], [0, 3], [-1, 5]];
for (const [a, b] of cases) {
  console.log(`${format(a, ">3")} // ${format(b, ">2")} = ${format(floorDiv(a, b), ">3")}   ${format(a, ">3")} % ${format(b, ">2")} = ${format(mod(a, b), ">3")}   divmod = ${str(divmod(a, b), "(?,?)")}`);
}

console.log(str(floorDivFloat(7.5, 2), "f"), str(floorDivFloat(-7.5, 2), "f"), str(modFloat(7.5, 2), "f"), str(modFloat(-7.5, 2), "f"), str(modFloat(7.5, -2), "f"));
print([str(floorDivFloat(-0.5, 1), "f"), str(modFloat(5, 2.5), "f"), str(modFloat(-5, 3.0), "f"), str(divmod(-7.5, 2), "(f,f)")]);
console.log(2 ** 10, pow(2, -1), (-2) ** 3, -(2 ** 2), 10 ** 0, 0 ** 0, str(2.0 ** 3, "f"));
console.log(str(7 / 2, "f"), str(-7 / 2, "f"), str(6 / 3, "f"), pyType(6 / 3, "f").__name__, pyType(Math.floor(6 / 3)).__name__);

const minutes = -135;
const [hours, rem] = divmod(minutes, 60);
console.log(`${minutes} minutes -> ${hours}h ${rem}m`);

const index = -1;
const items: string[] = ["a", "b", "c"];
console.log(`${at(items, mod(index, items.length))} ${at(items, mod(index - 5, items.length))}`);

let r!: number;
for (const n of [1, -4]) {
  for (const op of (["//", "%", "/"] as [string, string, string])) {
    try {
      if (op === "//") {
        r = floorDiv(n, 0);
      } else if (op === "%") {
        r = mod(n, 0);
      } else {
        r = div(n, 0);
      }
      console.log(`${op} ${str(r, "f")}`);
    } catch (e) {
      if (e instanceof ZeroDivisionError) {
        console.log(`${n} ${op} 0: ZeroDivisionError: ${str(e)}`);
      } else {
        throw e;
      }
    }
  }
}
let x!: number;
for (x of [1.5, -0.0]) {
  for (const op of (["//", "%", "/"] as [string, string, string])) {
    try {
      if (op === "//") {
        r = floorDivFloat(x, 0.0);
      } else if (op === "%") {
        r = modFloat(x, 0);
      } else {
        r = divFloat(x, 0);
      }
      console.log(`${op} ${str(r, "f")}`);
    } catch (e) {
      if (e instanceof ZeroDivisionError) {
        console.log(`${str(x, "f")} ${op} 0: ZeroDivisionError: ${str(e)}`);
      } else {
        throw e;
      }
    }
  }
}
x = 17;
x = Math.floor(x / 5);
let y = -17;
y = mod(y, 5);
console.log(x, y);
