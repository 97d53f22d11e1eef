# as_completed yields results in completion order; with a timeout it raises TimeoutError.
import asyncio


async def fetch_page(page: int, delay: float) -> tuple[int, int]:
    await asyncio.sleep(delay)
    return page, page * 100


async def main() -> None:
    delays = [0.15, 0.03, 0.12, 0.06, 0.09]
    coros = [fetch_page(i, d) for i, d in enumerate(delays)]
    order = []
    for fut in asyncio.as_completed(coros):
        page, size = await fut
        order.append(page)
        print(f"page {page}: {size} bytes")
    print("completion order:", order)

    received = 0
    try:
        for fut in asyncio.as_completed([fetch_page(i, 0.06 * i) for i in range(1, 6)], timeout=0.21):
            page, _ = await fut
            received += 1
            print("in time:", page)
    except asyncio.TimeoutError:
        print("timed out after", received, "pages")
    await asyncio.sleep(0.3)
    print("end")


asyncio.run(main())
