import { SystemExit, ValueError, exit, print, pyType, str } from "py2ts-async/runtime";

// sys.exit(n) runs pending finally blocks, keeps printed output, and sets the exit status.

function cleanup(step: string): void {
  console.log("cleanup", step);
}

function main(): void {
  console.log("starting");
  try {
    for (let step = 0; step < 5; step++) {
      console.log("step", step);
      if (step === 2) {
        print(["stopping early"], { end: "" });
        exit(3);
      }
    }
  } catch (error) {
    if (error instanceof ValueError) {
      console.log("not reached");
    } else {
      throw error;
    }
  } finally {
    console.log();
    cleanup("main");
  }
}

try {
  main();
} catch (e) {
  if (e instanceof SystemExit) {
    console.log("caught SystemExit", str(e.code), pyType(e.code).__name__);
  } else {
    throw e;
  }
}
try {
  exit();
} catch (e) {
  if (e instanceof SystemExit) {
    console.log("bare exit code", str(e.code));
  } else {
    throw e;
  }
}
try {
  console.log("exiting with", 4);
  exit(4);
} finally {
  console.log("outer finally");
}
console.log("not printed");
