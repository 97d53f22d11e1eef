import { Task, TaskGroup, all, excInfo, run, sleep, str } from "py2ts-async/runtime";

// TaskGroup waits for every child; results are read from the tasks after the block.

async function resize(image: string, size: number): Promise<string> {
  console.log(`resizing ${image} to ${size}`);
  await sleep(0.01 * size * 1000);
  console.log(`resized ${image}`);
  return `${image}@${size}`;
}

async function main(): Promise<void> {
  const images: string[] = ["cat.png", "dog.png", "bird.png", "fish.png", "frog.png"];
  let tasks!: Task<string>[];
  let extra!: Task<string>;
  const manager = new TaskGroup();
  let tg: TaskGroup = await manager.__aenter__();
  let failed = false;
  try {
    tasks = [...images.entries()].map(([i, img]) => tg.createTask(() => resize(img, 5 - i)));
    console.log("tasks scheduled:", tasks.length);
    extra = tg.createTask(() => resize("late.png", 1), { name: "late" });
  } catch (error) {
    failed = true;
    await manager.__aexit__(...excInfo(error));
    throw error;
  } finally {
    if (!failed) {
      await manager.__aexit__(null, null, null);
    }
  }
  console.log("all done:", str(all((function* (): Generator<boolean> { for (const t of tasks) { yield t.done(); } })())));
  console.log("results:", str(tasks.map((t) => t.result())));
  console.log("extra:", extra.getName(), extra.result());

  const manager2 = new TaskGroup();
  tg = await manager2.__aenter__();
  let failed2 = false;
  try {
  } catch (error2) {
    failed2 = true;
    await manager2.__aexit__(...excInfo(error2));
    throw error2;
  } finally {
    if (!failed2) {
      await manager2.__aexit__(null, null, null);
    }
  }
  console.log("empty group ok");

  let second!: Task<string>;
  const manager3 = new TaskGroup();
  tg = await manager3.__aenter__();
  let failed3 = false;
  try {
    const first = tg.createTask(() => resize("a.png", 1));
    await sleep(20);
    console.log("first done inside the block:", str(first.done()));
    second = tg.createTask(() => resize("b.png", 1));
  } catch (error3) {
    failed3 = true;
    await manager3.__aexit__(...excInfo(error3));
    throw error3;
  } finally {
    if (!failed3) {
      await manager3.__aexit__(null, null, null);
    }
  }
  console.log("second:", second.result());
}

await run(main);
