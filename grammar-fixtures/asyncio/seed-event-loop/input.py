# The same coroutine driven by an explicit event loop, as older tutorials write it.
import asyncio


async def coroutine_example():
    print("协程开始执行")
    await asyncio.sleep(1)  # 暂停1秒
    print("协程继续执行")


loop = asyncio.get_event_loop()
loop.run_until_complete(coroutine_example())
loop.close()
