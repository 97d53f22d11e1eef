import { ClientSession, TCPConnector, gather, getItem, run, str } from "py2ts-async/runtime";

// TCPConnector(limit=2): only two requests run at once, the rest wait for a free connection.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";
const DELAYS: number[] = [1200, 480, 280, 1000, 120, 800];

async function timed_get(session: ClientSession, index: number, ms: number, order: number[]): Promise<number> {
  let data!: unknown;
  const resp = await session.get(`${BASE}/delay/${ms}`);
  try {
    data = await resp.json();
  } finally {
    resp.release();
  }
  order.push(index);
  console.log(`request ${index} (${ms} ms) finished`);
  return getItem(data, "delay_ms") as number;
}

async function run_all(limit: number): Promise<number[]> {
  const order: number[] = [];
  const connector = new TCPConnector({ limit: limit });
  const session = new ClientSession({ connector: connector });
  try {
    console.log("connector limit:", connector.limit);
    const results = await gather(...[...DELAYS.entries()].map(([i, ms]) => () => timed_get(session, i, ms, order)));
    console.log("results in argument order:", str(results));
  } finally {
    await session.close();
  }
  console.log("connector closed:", str(connector.closed));
  return order;
}

async function main(): Promise<void> {
  const limited = await run_all(2);
  console.log("limit=2 finish order:", str(limited));
  const unlimited = await run_all(100);
  console.log("limit=100 finish order:", str(unlimited));
}

await run(main);
