import { KeyError, PermissionError, TypeError, ValueError, excInfo, getAttr, isSubclass, run, sleep, str } from "py2ts-async/runtime";

// Classes with __aenter__/__aexit__: the exception reaches __aexit__, a truthy return suppresses it.

class Connection {
  name: string;
  open: boolean;
  constructor(name: string) {
    this.name = name;
    this.open = false;
  }
  async __aenter__(): Promise<Connection> {
    await sleep(10);
    this.open = true;
    console.log(`${this.name}: opened`);
    return this;
  }
  async __aexit__(exc_type: unknown, exc: unknown, tb: unknown): Promise<boolean> {
    await sleep(10);
    this.open = false;
    if (exc_type === null) {
      console.log(`${this.name}: closed cleanly`);
    } else {
      console.log(`${this.name}: closed after ${str(getAttr(exc_type, "__name__"))}: ${str(exc)}`);
    }
    return false;
  }
  async query(sql: string): Promise<number[]> {
    await sleep(0);
    if (sql.includes("DROP")) {
      throw new PermissionError("not allowed");
    }
    return [sql.length];
  }
}

class Suppress {
  kinds: unknown;
  constructor(...kinds: unknown[]) {
    this.kinds = kinds;
  }
  async __aenter__(): Promise<void> {
    return;
  }
  async __aexit__(exc_type: unknown, exc: unknown, tb: unknown): Promise<boolean> {
    if (exc_type !== null && isSubclass(exc_type, this.kinds)) {
      console.log(`suppressed ${str(getAttr(exc_type, "__name__"))}`);
      return true;
    }
    return false;
  }
}

async function main(): Promise<void> {
  const manager = new Connection("db1");
  let conn: Connection = await manager.__aenter__();
  let failed = false;
  try {
    console.log("open inside:", str(conn.open));
    console.log("rows:", str(await conn.query("SELECT 1")));
  } catch (error) {
    failed = true;
    if (!await manager.__aexit__(...excInfo(error))) {
      throw error;
    }
  } finally {
    if (!failed) {
      await manager.__aexit__(null, null, null);
    }
  }
  console.log("open after:", str(conn.open));

  try {
    const manager2 = new Connection("db2");
    conn = await manager2.__aenter__();
    let failed2 = false;
    try {
      await conn.query("DROP TABLE users");
      console.log("not reached");
    } catch (error2) {
      failed2 = true;
      if (!await manager2.__aexit__(...excInfo(error2))) {
        throw error2;
      }
    } finally {
      if (!failed2) {
        await manager2.__aexit__(null, null, null);
      }
    }
  } catch (exc) {
    if (exc instanceof PermissionError) {
      console.log("caught outside:", str(exc));
    } else {
      throw exc;
    }
  }

  const manager3 = new Suppress(KeyError, ValueError);
  await manager3.__aenter__();
  let failed3 = false;
  try {
    throw new ValueError("ignored");
  } catch (error3) {
    failed3 = true;
    if (!await manager3.__aexit__(...excInfo(error3))) {
      throw error3;
    }
  } finally {
    if (!failed3) {
      await manager3.__aexit__(null, null, null);
    }
  }
  console.log("after suppress");
  try {
    const manager4 = new Suppress(KeyError);
    await manager4.__aenter__();
    let failed4 = false;
    try {
      throw new TypeError("not suppressed");
    } catch (error4) {
      failed4 = true;
      if (!await manager4.__aexit__(...excInfo(error4))) {
        throw error4;
      }
    } finally {
      if (!failed4) {
        await manager4.__aexit__(null, null, null);
      }
    }
  } catch (exc) {
    if (exc instanceof TypeError) {
      console.log("propagated:", str(exc));
    } else {
      throw exc;
    }
  }

  const manager6 = new Connection("a");
  const a: Connection = await manager6.__aenter__();
  let failed6 = false;
  try {
    const manager5 = new Connection("b");
    const b: Connection = await manager5.__aenter__();
    let failed5 = false;
    try {
      console.log("both open:", str(a.open && b.open));
    } catch (error5) {
      failed5 = true;
      if (!await manager5.__aexit__(...excInfo(error5))) {
        throw error5;
      }
    } finally {
      if (!failed5) {
        await manager5.__aexit__(null, null, null);
      }
    }
  } catch (error6) {
    failed6 = true;
    if (!await manager6.__aexit__(...excInfo(error6))) {
      throw error6;
    }
  } finally {
    if (!failed6) {
      await manager6.__aexit__(null, null, null);
    }
  }
}

await run(main);
