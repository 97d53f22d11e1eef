# The tutorial this project starts from: a coroutine defined with async def, run with asyncio.run.
import asyncio


async def coroutine_example():
    print("协程开始执行")
    await asyncio.sleep(1)  # 暂停1秒
    print("协程继续执行")


asyncio.run(coroutine_example())
