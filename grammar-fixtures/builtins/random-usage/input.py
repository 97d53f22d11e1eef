import asyncio
import random
from random import randint, choice


async def backoff(attempt: int, rng: random.Random) -> float:
    delay = min(2.0, 0.1 * 2 ** attempt) + rng.uniform(0, 0.5)
    await asyncio.sleep(0)
    return delay


async def main() -> None:
    random.seed(42)
    print(random.random())
    print(random.uniform(0, 0.5))
    print(random.randint(1, 6), randint(1, 100))
    print(random.randrange(10), random.randrange(0, 100, 5))
    colors = ["red", "green", "blue", "yellow"]
    print(random.choice(colors), choice("abcdef"))
    deck = list(range(10))
    random.shuffle(deck)
    print(deck)
    print(random.sample(colors, 2))
    print(random.sample(range(1000), 5))
    print(random.choices(colors, weights=[5, 1, 1, 1], k=6))
    print(random.choices("xy", k=3))
    print(round(random.gauss(0, 1), 6))
    print(random.getrandbits(16))

    rng = random.Random(2024)
    delays = [await backoff(i, rng) for i in range(4)]
    print([round(d, 4) for d in delays])
    other = random.Random("seed-string")
    print(other.randint(0, 10**9), other.random())

    unseeded = random.Random()
    print(0.0 <= unseeded.random() < 1.0, 0 <= random.SystemRandom().randint(0, 9) <= 9)
    jitter = sorted(["a", "b", "c", "d"], key=lambda _: rng.random())
    print(jitter)
    print(round(rng.expovariate(2.0), 6), round(rng.triangular(0, 10, 3), 6))

    state = random.getstate()
    first = random.random()
    random.setstate(state)
    print(first == random.random())

    try:
        random.choice([])
    except IndexError as e:
        print("IndexError:", e)
    try:
        random.randint(5, 1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        random.sample(colors, 10)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
