import { Exception, isMain, run, sleep } from "py2ts-async/runtime";

// An exception that escapes asyncio.run ends the program with exit status 1 after earlier output.

class ConfigError extends Exception {
}

async function load_setting(name: string): Promise<string> {
  await sleep(10);
  if (name === "timeout") {
    throw new ConfigError(`missing setting: ${name}`);
  }
  return name + "=ok";
}

async function main(): Promise<void> {
  for (const name of ["host", "port", "timeout", "retries"]) {
    const value = await load_setting(name);
    console.log("loaded", value);
  }
  console.log("unreachable");
}

if (isMain(import.meta.url)) {
  console.log("starting");
  await run(main);
  console.log("never printed");
}
