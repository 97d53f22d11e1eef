import { StopAsyncIteration, asyncIterFromPy, gather, ord, range, run, sleep, str } from "py2ts-async/runtime";

// Classes implementing __aiter__/__anext__: a paginated reader and a ticking iterator.

class Paginator {
  items: string[];
  page_size: number;
  offset: number;
  fetches: number;
  constructor(items: string[], page_size: number) {
    this.items = items;
    this.page_size = page_size;
    this.offset = 0;
    this.fetches = 0;
  }
  __aiter__(): Paginator {
    return this;
  }
  async __anext__(): Promise<string[]> {
    if (this.offset >= this.items.length) {
      throw new StopAsyncIteration();
    }
    await sleep(10);
    this.fetches += 1;
    const page = this.items.slice(this.offset, this.offset + this.page_size);
    this.offset += this.page_size;
    return page;
  }
  [Symbol.asyncIterator](): AsyncIterator<string[]> {
    return asyncIterFromPy(this.__aiter__());
  }
}

class Ticker {
  name: string;
  count: number;
  current!: number;
  constructor(name: string, count: number) {
    this.name = name;
    this.count = count;
  }
  __aiter__(): Ticker {
    this.current = 0;
    return this;
  }
  async __anext__(): Promise<string> {
    if (this.current >= this.count) {
      throw new StopAsyncIteration();
    }
    this.current += 1;
    await sleep(0);
    return `${this.name}${this.current}`;
  }
  [Symbol.asyncIterator](): AsyncIterator<string> {
    return asyncIterFromPy(this.__aiter__());
  }
}

async function consume(ticker: Ticker, out: string[]): Promise<void> {
  for await (const tick of ticker) {
    out.push(tick);
  }
}

async function main(): Promise<void> {
  const letters: string[] = [...range(11)].map((i) => String.fromCodePoint(ord("a") + i));
  const pager = new Paginator(letters, 4);
  for await (const page of pager) {
    console.log("page:", str(page));
  }
  console.log("fetches:", pager.fetches);
  console.log("again:", str(await (async () => { const result: string[][] = []; for await (const p of new Paginator(letters, 5)) { result.push(p); } return result; })()));

  const out: string[] = [];
  await gather(...[..."abcde"].map((name) => ((arg) => () => consume(arg, out))(new Ticker(name, 3))));
  console.log("interleaved:", str(out));
}

await run(main);
