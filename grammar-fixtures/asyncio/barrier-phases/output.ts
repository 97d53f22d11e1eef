import { Barrier, BrokenBarrierError, Task, createTask, gather, run, sleep, str } from "py2ts-async/runtime";

// A Barrier holds every party until all have arrived, phase after phase.

async function runner(name: string, barrier: Barrier, delay: number, log: string[]): Promise<void> {
  for (let phase = 0; phase < 2; phase++) {
    await sleep(delay * (phase + 1) * 1000);
    console.log(`${name} arrives at phase ${phase}`);
    const index = await barrier.wait();
    log.push(`${name}:${phase}`);
    if (index === 0) {
      console.log(`phase ${phase} complete (reported by the last arrival)`);
    }
  }
}

async function main(): Promise<void> {
  const barrier = new Barrier(5);
  console.log("parties:", barrier.parties, "waiting:", barrier.nWaiting, "broken:", str(barrier.broken));
  const log: string[] = [];
  const delays: number[] = [0.15, 0.03, 0.12, 0.06, 0.09];
  await gather(...[...delays.entries()].map(([i, d]) => () => runner(`r${i}`, barrier, d, log)));
  console.log("log:", str(log));

  const small = new Barrier(3);

  async function lonely(name: string): Promise<void> {
    try {
      await small.wait();
    } catch (error) {
      if (error instanceof BrokenBarrierError) {
        console.log(`${name}: barrier broken`);
      } else {
        throw error;
      }
    }
  }

  const tasks: Task<void>[] = (["x", "y"] as [string, string]).map((n) => createTask(() => lonely(n)));
  await sleep(10);
  console.log("waiting:", small.nWaiting);
  await small.abort();
  await gather(...tasks);
  console.log("broken:", str(small.broken));
}

await run(main);
