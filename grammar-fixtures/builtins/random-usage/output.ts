import { IndexError, Random, SystemRandom, ValueError, defaultRandom, min, pow, print, range, round, run, sleep, sorted, str } from "py2ts-async/runtime";

async function backoff(attempt: number, rng: Random): Promise<number> {
  const delay = min([2.0, 0.1 * pow(2, attempt)]) + rng.uniform(0, 0.5);
  await sleep(0);
  return delay;
}

async function main(): Promise<void> {
  defaultRandom.seed(42);
  console.log(str(defaultRandom.random(), "f"));
  console.log(str(defaultRandom.uniform(0, 0.5), "f"));
  console.log(defaultRandom.randint(1, 6), defaultRandom.randint(1, 100));
  console.log(defaultRandom.randrange(10), defaultRandom.randrange(0, 100, 5));
  const colors: string[] = ["red", "green", "blue", "yellow"];
  console.log(`${defaultRandom.choice(colors)} ${defaultRandom.choice("abcdef")}`);
  const deck = [...range(10)];
  defaultRandom.shuffle(deck);
  console.log(str(deck));
  console.log(str(defaultRandom.sample(colors, 2)));
  console.log(str(defaultRandom.sample(range(1000), 5)));
  console.log(str(defaultRandom.choices(colors, [5, 1, 1, 1], { k: 6 })));
  console.log(str(defaultRandom.choices("xy", null, { k: 3 })));
  console.log(str(round(defaultRandom.gauss(0, 1), 6), "f"));
  console.log(defaultRandom.getrandbits(16));

  const rng = new Random(2024);
  const delays: number[] = await (async () => { const result: number[] = []; for (const i of range(4)) { result.push(await backoff(i, rng)); } return result; })();
  console.log(str(delays.map((d) => round(d, 4)), "[f]"));
  const other = new Random("seed-string");
  console.log(other.randint(0, 10 ** 9), str(other.random(), "f"));

  const unseeded = new Random();
  let operand: number;
  let operand2: number;
  print([0.0 <= (operand = unseeded.random()) && operand < 1.0, 0 <= (operand2 = new SystemRandom().randint(0, 9)) && operand2 <= 9]);
  const jitter = sorted(["a", "b", "c", "d"], { key: (_: string) => rng.random() });
  console.log(str(jitter));
  print([str(round(rng.expovariate(2.0), 6), "f"), str(round(rng.triangular(0, 10, 3), 6), "f")]);

  const state: [number, number[], number | null] = defaultRandom.getstate();
  const first = defaultRandom.random();
  defaultRandom.setstate(state);
  console.log(str(first === defaultRandom.random()));

  try {
    defaultRandom.choice([]);
  } catch (e) {
    if (e instanceof IndexError) {
      console.log("IndexError:", str(e));
    } else {
      throw e;
    }
  }
  try {
    defaultRandom.randint(5, 1);
  } catch (e) {
    if (e instanceof ValueError) {
      console.log("ValueError:", str(e));
    } else {
      throw e;
    }
  }
  try {
    defaultRandom.sample(colors, 10);
  } catch (e) {
    if (e instanceof ValueError) {
      console.log("ValueError:", str(e));
    } else {
      throw e;
    }
  }
}

await run(main);
