import { mod } from "py2ts-async/runtime";

/** Branches and loops: if/elif/else, while with break and continue, for over ranges and lists, and loop else. */

function classify(n: number): string {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else {
    return "large";
  }
}

function first_multiple(values: number[], k: number): void {
  loop: {
    for (const v of values) {
      if (mod(v, k) === 0) {
        console.log("found", v);
        break loop;
      }
    }
    console.log("no multiple of", k);
  }
}

function countdown(n: number): void {
  loop2: {
    while (n > 0) {
      n -= 1;
      if (n === 2) {
        continue;
      }
      console.log("tick", n);
    }
    console.log("done counting");
  }
}

for (const n of [-5, 0, 7, 42]) {
  console.log(n, classify(n));
}

let total = 0;
for (let i = 1; i < 11; i++) {
  total += i;
}
console.log("sum 1..10 =", total);

for (let i = 10; i > 0; i -= 3) {
  console.log("step", i);
}

first_multiple([3, 5, 8, 9], 4);
first_multiple([3, 5, 7], 4);
countdown(4);

let attempts = 0;
while (true) {
  attempts += 1;
  if (attempts >= 3) {
    break;
  }
}
console.log("attempts:", attempts);
