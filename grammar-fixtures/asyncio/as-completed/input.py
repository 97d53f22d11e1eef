# as_completed yields results in completion order; with a timeout it raises TimeoutError (events 90 ms apart).
import asyncio


async def fetch_page(page: int, delay: float) -> tuple[int, int]:
    await asyncio.sleep(delay)
    return page, page * 100


async def main() -> None:
    delays = [0.45, 0.09, 0.36, 0.18, 0.27]
    coros = [fetch_page(i, d) for i, d in enumerate(delays)]
    order = []
    for fut in asyncio.as_completed(coros):
        page, size = await fut
        order.append(page)
        print(f"page {page}: {size} bytes")
    print("completion order:", order)

    received = 0
    try:
        for fut in asyncio.as_completed([fetch_page(i, 0.18 * i) for i in range(1, 6)], timeout=0.63):
            page, _ = await fut
            received += 1
            print("in time:", page)
    except asyncio.TimeoutError:
        print("timed out after", received, "pages")
    await asyncio.sleep(0.9)
    print("end")


asyncio.run(main())
