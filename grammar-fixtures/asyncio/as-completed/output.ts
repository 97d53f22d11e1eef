import { TimeoutError, asCompleted, range, run, sleep, str } from "py2ts-async/runtime";

// as_completed yields results in completion order; with a timeout it raises TimeoutError (events 90 ms apart).

async function fetch_page(page: number, delay: number): Promise<[number, number]> {
  await sleep(delay * 1000);
  return [page, page * 100];
}

async function main(): Promise<void> {
  const delays: number[] = [0.45, 0.09, 0.36, 0.18, 0.27];
  const coros: (() => Promise<[number, number]>)[] = [...delays.entries()].map(([i, d]) => () => fetch_page(i, d));
  const order: number[] = [];
  let page!: number;
  for (const fut of asCompleted(coros)) {
    let size!: number;
    [page, size] = await fut;
    order.push(page);
    console.log(`page ${page}: ${size} bytes`);
  }
  console.log("completion order:", str(order));

  let received = 0;
  try {
    for (const fut of asCompleted([...range(1, 6)].map((i) => () => fetch_page(i, 0.18 * i)), { timeout: 0.63 })) {
      let _!: number;
      [page, _] = await fut;
      received += 1;
      console.log("in time:", page);
    }
  } catch (error) {
    if (error instanceof TimeoutError) {
      console.log("timed out after", received, "pages");
    } else {
      throw error;
    }
  }
  await sleep(900);
  console.log("end");
}

await run(main);
