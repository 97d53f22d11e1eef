import { AssertionError, ClientSession, excInfo, gather, getItem, run, str } from "py2ts-async/runtime";

// An API client that owns its session: created in __init__, closed by close() or by __aexit__.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";

class UserClient {
  base_url: string;
  session: ClientSession | null;
  requests: number;
  constructor(base_url: string) {
    this.base_url = base_url;
    this.session = null;
    this.requests = 0;
  }
  async start(): Promise<void> {
    this.session = new ClientSession();
  }
  async get_user(user_id: number): Promise<Map<string, unknown>> {
    if (!(this.session !== null)) {
      throw new AssertionError();
    }
    this.requests += 1;
    const resp = await this.session.get(`${this.base_url}/users/${user_id}`);
    try {
      return await resp.json() as Map<string, unknown>;
    } finally {
      resp.release();
    }
  }
  async close(): Promise<void> {
    if (this.session !== null && !this.session.closed) {
      await this.session.close();
    }
  }
  async __aenter__(): Promise<UserClient> {
    await this.start();
    return this;
  }
  async __aexit__(exc_type: unknown, exc: unknown, tb: unknown): Promise<void> {
    await this.close();
  }
}

class StatusChecker {
  session: ClientSession;
  constructor() {
    this.session = new ClientSession();
  }
  async check(code: number): Promise<string> {
    const resp = await this.session.get(`${BASE}/status/${code}`);
    try {
      return `${resp.status} ${resp.reason}`;
    } finally {
      resp.release();
    }
  }
  async close(): Promise<void> {
    await this.session.close();
  }
}

async function main(): Promise<void> {
  const client = new UserClient(BASE);
  await client.start();
  try {
    const users = await gather(...([1, 4, 7] as [number, number, number]).map((i) => () => client.get_user(i)));
    console.log("names:", str(users.map((u) => getItem(u, "name"))));
  } finally {
    await client.close();
  }
  console.log("closed:", str(client.session !== null && client.session.closed), "requests:", client.requests);
  await client.close();
  console.log("closing twice is fine");

  const manager = new UserClient(BASE);
  const c2: UserClient = await manager.__aenter__();
  let failed = false;
  try {
    const user = await c2.get_user(10);
    console.log("inside:", str(getItem(user, "name")), str(c2.session !== null && c2.session.closed));
  } catch (error2) {
    failed = true;
    await manager.__aexit__(...excInfo(error2));
    throw error2;
  } finally {
    if (!failed) {
      await manager.__aexit__(null, null, null);
    }
  }
  console.log("after block:", str(c2.session !== null && c2.session.closed));

  const checker = new StatusChecker();
  console.log(str(await (async () => { const result: string[] = []; for (const code of ([200, 201, 404] as [number, number, number])) { result.push(await checker.check(code)); } return result; })()));
  await checker.close();
  console.log("checker closed:", str(checker.session.closed));
}

await run(main);
