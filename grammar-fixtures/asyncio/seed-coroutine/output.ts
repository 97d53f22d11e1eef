import { run, sleep } from "py2ts-async/runtime";

// The tutorial this project starts from: a coroutine defined with async def, run with asyncio.run.

async function coroutine_example(): Promise<void> {
  console.log("协程开始执行");
  await sleep(1000); // 暂停1秒
  console.log("协程继续执行");
}

await run(coroutine_example);
