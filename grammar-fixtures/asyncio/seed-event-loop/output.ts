import { getEventLoop, sleep } from "py2ts-async/runtime";

// The same coroutine driven by an explicit event loop, as older tutorials write it.

async function coroutine_example(): Promise<void> {
  console.log("协程开始执行");
  await sleep(1000); // 暂停1秒
  console.log("协程继续执行");
}

const loop = getEventLoop();
await loop.runUntilComplete(coroutine_example);
loop.close();
