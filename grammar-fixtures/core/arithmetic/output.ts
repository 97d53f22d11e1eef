import { div, floorDiv, floorDivFloat, max, min, mod, modFloat, pow, round, str, sum } from "py2ts-async/runtime";

// Integer and float arithmetic print exactly as in Python, with floor division and modulo on negatives.
const a = 17;
const b = 5;
console.log(a + b, a - b, a * b);
console.log(str(div(a, b), "f"), floorDiv(a, b), mod(a, b));
console.log(floorDiv(-a, b), mod(-a, b), floorDiv(a, -b), mod(a, -b));
console.log(2 ** 10, pow(2, -1), str(floorDivFloat(7.5, 2), "f"), str(modFloat(-7.5, 2), "f"));
console.log(str(10 / 2, "f"), str(3 * 1.5, "f"), str(0.1 + 0.2, "f"));
console.log(str(1 < 2 && 2 < 3), str(3 < 2 && 2 < 1), str(true), str(false));
let x = 3;
x *= 4;
x -= 2;
console.log("x =", x);
const avg = sum([4, 8, 15]) / 3;
console.log("avg =", str(avg, "f"));
console.log(Math.abs(-3), str(Math.abs(-2.5), "f"), round(2.5), round(3.5), str(round(2.675, 2), "f"));
console.log(max([3, 9, 4]), min([7, 2, 5]));
