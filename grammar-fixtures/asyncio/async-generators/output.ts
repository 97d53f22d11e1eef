import { StopAsyncIteration, aclosing, aiter, anext, excInfo, mod, run, sleep, str } from "py2ts-async/runtime";

// Async generators: async for, async comprehensions, aiter/anext with a default, and aclosing.

async function* countdown(n: number): AsyncGenerator<number, void, undefined> {
  while (n > 0) {
    await sleep(1);
    yield n;
    n -= 1;
  }
}

async function* ticker(name: string): AsyncGenerator<string, void, undefined> {
  try {
    let i = 0;
    while (true) {
      await sleep(0);
      yield `${name}-${i}`;
      i += 1;
    }
  } finally {
    console.log(`${name} generator closed`);
  }
}

async function* evens(source: AsyncGenerator<number, void, undefined>): AsyncGenerator<number, void, undefined> {
  for await (const value of source) {
    if (mod(value, 2) === 0) {
      yield value;
    }
  }
}

async function main(): Promise<void> {
  for await (const n of countdown(3)) {
    console.log("countdown", n);
  }
  const squares: number[] = await (async () => { const result: number[] = []; for await (const n of countdown(5)) { result.push(n * n); } return result; })();
  console.log("squares:", str(squares));
  console.log("evens:", str(await (async () => { const result2: number[] = []; for await (const v of evens(countdown(8))) { result2.push(v); } return result2; })()));
  const labels: Map<number, string> = await (async () => { const result3 = new Map<number, string>(); for await (const n of countdown(3)) { if (n !== 2) { result3.set(n, String(n)); } } return result3; })();
  console.log("dict comprehension:", str(labels));

  const it = aiter(countdown(2));
  console.log("anext:", await anext(it));
  console.log("anext:", await anext(it));
  console.log("anext default:", str(await anext(it, "exhausted")));
  try {
    await anext(it);
  } catch (error2) {
    if (error2 instanceof StopAsyncIteration) {
      console.log("StopAsyncIteration");
    } else {
      throw error2;
    }
  }

  const manager = new aclosing(ticker("t"));
  const ticks: AsyncGenerator<string, void, undefined> = await manager.__aenter__();
  let failed = false;
  try {
    for await (const tick of ticks) {
      console.log("tick", tick);
      if (tick.endsWith("2")) {
        break;
      }
    }
  } catch (error3) {
    failed = true;
    await manager.__aexit__(...excInfo(error3));
    throw error3;
  } finally {
    if (!failed) {
      await manager.__aexit__(null, null, null);
    }
  }
  console.log("after aclosing");

  const gen = ticker("manual");
  console.log("first:", await anext(gen));
  await gen.return(undefined);
  console.log("done");
}

await run(main);
