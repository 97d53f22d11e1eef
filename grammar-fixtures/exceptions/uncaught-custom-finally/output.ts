import { Exception, format, str } from "py2ts-async/runtime";

// An uncaught custom exception: finally blocks run, output so far is kept, the traceback's last line
// goes to stderr and the exit status is 1.

class PaymentError extends Exception {
  amount: number;
  constructor(amount: number, reason: string) {
    super(`cannot charge ${format(amount, ".2f")}: ${reason}`);
    this.amount = amount;
  }
}

function charge(amount: number): number {
  console.log("charging", str(amount));
  if (amount > 100) {
    throw new PaymentError(amount, "limit exceeded");
  }
  return amount * 1.0;
}

function checkout(amounts: number[]): number {
  let total = 0.0;
  try {
    for (const a of amounts) {
      total += charge(a);
      console.log("running total", str(total, "f"));
    }
  } finally {
    console.log("checkout finished with total", str(total, "f"));
  }
  return total;
}

console.log(str(checkout([10, 20]), "f"));
try {
  checkout([5, 500]);
} catch (e) {
  if (e instanceof PaymentError) {
    console.log("handled:", str(e), str(e.amount));
  } else {
    throw e;
  }
}
checkout([1.5, 2.5, 250.5]);
console.log("unreachable");
