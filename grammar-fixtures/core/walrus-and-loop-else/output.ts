import { Match, at, iter, mod, next, powFloat, reSearch, split, str, toInt } from "py2ts-async/runtime";

// The walrus operator in while, if and comprehensions; for/while with else, break and continue.

const lines: string[] = ["alpha 1", "", "beta 22", "gamma", "delta 333"];
const it = iter(lines);
let line!: string | null;
let m!: Match | null;
while ((line = next(it, null)) !== null) {
  if (line === "") {
    continue;
  }
  if ((m = reSearch("\\d+", line)) !== null) {
    console.log(`${at(split(line), 0)} has number ${toInt(m.group())}`);
  } else {
    console.log(`${line} has none`);
  }
}

const values: number[] = [4, 9, 16, 25];
let r!: number;
const roots: number[] = (() => { const result: number[] = []; for (const v of values) { if (mod((r = Math.trunc(powFloat(v, 0.5))), 2) === 0) { result.push(r); } } return result; })();
console.log(`${str(roots)} ${r}`);
let n!: number;
if ((n = values.length) > 3) {
  console.log(`${n} values`);
}

function find_prime_factor(n: number): void {
  loop: {
    for (let d = 2; d < n; d++) {
      if (mod(n, d) === 0) {
        console.log(n, "is divisible by", d);
        break loop;
      }
    }
    console.log(n, "is prime");
  }
}

for (n of [7, 12, 13, 2]) {
  find_prime_factor(n);
}

let attempt = 0;
loop2: {
  while (attempt < 3) {
    attempt += 1;
    if (attempt === 5) {
      break loop2;
    }
  }
  console.log("while finished without break after", attempt);
}

loop3: {
  for (let outer = 0; outer < 3; outer++) {
    for (let inner = 0; inner < 3; inner++) {
      if (inner === outer) {
        continue;
      }
      if (inner > outer) {
        break;
      }
      console.log(outer, inner);
    }
  }
  console.log("outer loop done");
}
loop4: {
  for (const _ of []) {
    console.log("never");
  }
  console.log("empty loop else");
}
