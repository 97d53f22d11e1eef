import asyncio

import shop.models as models
from shop import Item
from shop.pricing import quote
from shop.util import fmt


async def main() -> None:
    basket = [Item("pen", 1.5, qty=4), models.Item(name="desk", price=120.0)]
    for item in basket:
        print(item, await quote(item, discount=0.1))
    print("total:", fmt.money(sum(i.total() for i in basket), currency="USD"))


if __name__ == "__main__":
    asyncio.run(main())
