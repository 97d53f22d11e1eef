import { KeyError, StringTemplate, ValueError, repr, str } from "py2ts-async/runtime";

// The string module's constants, and string.Template's substitute/safe_substitute with CPython's errors.

console.log(`${"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"} ${"0123456789"} ${"0123456789abcdefABCDEF"}`);
console.log(`${repr(" \t\n\r\u000b\f")} ${"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"} ${"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\u000b\f".length}`);
console.log(`${"abcdefghijklmnopqrstuvwxyz".slice(0, 3)} ${"ABCDEFGHIJKLMNOPQRSTUVWXYZ".slice(-3)}`);
const t = new StringTemplate("$who likes ${what}; cost $$5");
console.log(`${t.substitute(null, { "who": "tim", "what": "kung pao" })} ${t.safe_substitute(new Map([["who", "ann"]]))} ${t.template}`);
console.log(t.substitute(new Map([["who", "a"], ["what", "b"]]), { "what": "c" }));
try {
  t.substitute(null, { "who": "x" });
} catch (exc) {
  if (exc instanceof KeyError) {
    console.log("KeyError", str(exc));
  } else {
    throw exc;
  }
}
try {
  new StringTemplate("oops $").substitute();
} catch (exc) {
  if (exc instanceof ValueError) {
    console.log(str(exc));
  } else {
    throw exc;
  }
}
