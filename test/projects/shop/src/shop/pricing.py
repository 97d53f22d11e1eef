import asyncio

from .models import Item
from .util.fmt import money


async def quote(item: Item, discount: float = 0.0) -> str:
    await asyncio.sleep(0.01)
    return money(item.total() * (1 - discount))
