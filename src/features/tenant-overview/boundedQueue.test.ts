import { createBoundedQueue } from "./boundedQueue";

/** A task the test settles by hand, and whether it has started. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const task = { started: false, resolve, reject, run: () => ((task.started = true), promise) };
  return task;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a bounded queue", () => {
  it("never runs more than its limit at once, and starts the next as soon as one settles, in order", async () => {
    const queue = createBoundedQueue(4);
    const tasks = Array.from({ length: 10 }, () => deferred<number>());
    let running = 0;
    let peak = 0;
    const results = tasks.map((task, index) =>
      queue
        .run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          try {
            return await task.run();
          } finally {
            running -= 1;
          }
        })
        .then(
          () => index,
          () => -index,
        ),
    );
    await settle();
    expect(tasks.map((task) => task.started)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    tasks[2]!.resolve(2);
    await settle();
    expect(tasks.filter((task) => task.started)).toHaveLength(5);
    expect(tasks[4]!.started).toBe(true);
    tasks[0]!.reject(new Error("failed"));
    await settle();
    expect(tasks[5]!.started).toBe(true);
    for (const task of tasks) task.resolve(0);
    await settle();
    expect(await Promise.all(results)).toEqual([-0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(4);
  });

  it("hands each result back as it arrives, not in the order given", async () => {
    const queue = createBoundedQueue(3);
    const tasks = [deferred<string>(), deferred<string>(), deferred<string>()];
    const arrived: string[] = [];
    const all = tasks.map((task) => queue.run(task.run).then((value) => void arrived.push(value)));
    await settle();
    tasks[1]!.resolve("second");
    await settle();
    expect(arrived).toEqual(["second"]);
    tasks[2]!.resolve("third");
    tasks[0]!.resolve("first");
    await Promise.all(all);
    expect(arrived).toEqual(["second", "third", "first"]);
  });

  it("on abort, drops the tasks still waiting (they never run) and lets the running ones finish", async () => {
    const queue = createBoundedQueue(2);
    const controller = new AbortController();
    const tasks = Array.from({ length: 4 }, () => deferred<string>());
    const results = tasks.map((task) => queue.run(task.run, controller.signal));
    await settle();
    controller.abort(new DOMException("Stopped", "AbortError"));
    tasks[0]!.resolve("done");
    tasks[1]!.resolve("done too");
    const outcomes = await Promise.allSettled(results);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled", "rejected", "rejected"]);
    expect(tasks.map((task) => task.started)).toEqual([true, true, false, false]);
    // The queue serves the next run as before.
    await expect(queue.run(async () => "later")).resolves.toBe("later");
    await expect(queue.run(async () => "never", controller.signal)).rejects.toMatchObject({ name: "AbortError" });
  });

  it("keeps a place taken until a task settles, whichever signal the next one has", async () => {
    const queue = createBoundedQueue(1);
    const first = deferred<string>();
    const controller = new AbortController();
    void queue.run(first.run, controller.signal);
    controller.abort();
    const second = deferred<string>();
    const next = queue.run(second.run);
    await settle();
    expect(second.started).toBe(false);
    first.resolve("out");
    await settle();
    expect(second.started).toBe(true);
    second.resolve("next");
    await expect(next).resolves.toBe("next");
  });
});
