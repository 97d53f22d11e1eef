import { Exception, str } from "py2ts-async/runtime";

// An uncaught exception ends the program with exit status 1 after the output printed so far.

class ConfigError extends Exception {
}

function load(name: string): void {
  console.log("loading", name);
  throw new ConfigError(`missing setting: ${name}`);
}

console.log("starting");
try {
  load("a");
} catch (e) {
  if (e instanceof ConfigError) {
    console.log("recovered from", str(e));
  } else {
    throw e;
  }
}
load("b");
console.log("not reached");
