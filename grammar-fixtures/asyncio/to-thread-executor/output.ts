import { ArithmeticError, gather, getRunningLoop, mod, ord, run, str, toThread } from "py2ts-async/runtime";

// Blocking functions off the loop: asyncio.to_thread and loop.run_in_executor(None, f, *args).

function checksum(data: string, rounds: number): number {
  let total = 0;
  for (let _ = 0; _ < rounds; _++) {
    for (const ch of data) {
      total = mod(total * 31 + ord(ch), 1000003);
    }
  }
  return total;
}

function greet(name: string, punctuation: string = "!"): string {
  return `hello ${name}${punctuation}`;
}

function explode(value: number): number {
  throw new ArithmeticError(`cannot process ${value}`);
}

async function main(): Promise<void> {
  const result = await toThread(checksum, "asyncio", 3);
  console.log("to_thread:", result);
  console.log("kwargs:", await toThread(() => greet("world", "?")));
  const loop = getRunningLoop();
  console.log("executor:", await loop.runInExecutor(null, checksum, "loop", 2));
  console.log("partial:", await loop.runInExecutor(null, () => greet("ann", ".")));
  const values = await gather(...["a", "bb", "ccc", "dddd", "eeeee"].map((w) => () => toThread(checksum, w, 1)));
  console.log("gathered:", str(values));
  try {
    await toThread(explode, 7);
  } catch (exc) {
    if (exc instanceof ArithmeticError) {
      console.log("error from thread:", str(exc));
    } else {
      throw exc;
    }
  }
  try {
    await loop.runInExecutor(null, explode, 8);
  } catch (exc) {
    if (exc instanceof ArithmeticError) {
      console.log("error from executor:", str(exc));
    } else {
      throw exc;
    }
  }
}

await run(main);
