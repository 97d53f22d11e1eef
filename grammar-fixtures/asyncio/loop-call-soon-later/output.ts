import { getRunningLoop, run, sleep, str } from "py2ts-async/runtime";

// loop.call_soon, call_later and call_at run callbacks in a predictable order; handles can be cancelled.

const log: string[] = [];

function record(message: string): void {
  log.push(message);
  console.log("callback:", message);
}

async function main(): Promise<void> {
  const loop = getRunningLoop();
  const start = loop.time();
  loop.callLater(0.09, record, "later 90ms");
  loop.callLater(0.03, record, "later 30ms");
  loop.callAt(start + 0.06, record, "at +60ms");
  loop.callSoon(record, "soon 1");
  loop.callSoon(record, "soon 2");
  const cancelled = loop.callLater(0.045, record, "never");
  cancelled.cancel();
  console.log("handle cancelled:", str(cancelled.cancelled()));
  console.log("scheduled, nothing ran yet:", str(log));
  await sleep(0);
  console.log("after sleep(0):", str(log));
  await sleep(150);
  console.log("after 150 ms:", str(log));
  const elapsed = loop.time() - start;
  console.log("time advanced:", str(elapsed >= 0.15));
  const done = loop.createFuture();
  loop.callSoon((result: unknown) => done.setResult(result), "finished");
  console.log(str(await done));
}

await run(main);
