import { createMemoryLocks } from "../../../test/memoryLocks";
import { createRunLock, runLockName } from "./runLock";

describe("the bulk run lock", () => {
  it("is one per tenant: a second tab cannot take it while the first holds it, and hears when it is let go", async () => {
    const browser = createMemoryLocks();
    const first = createRunLock(runLockName("tenant-1"), browser);
    const second = createRunLock(runLockName("tenant-1"), browser);
    const otherTenant = createRunLock(runLockName("tenant-2"), browser);
    second.watch();
    const heard = vi.fn();
    second.subscribe(heard);

    const release = await first.acquire();
    expect(release).not.toBeNull();
    expect(first.state()).toBe("free");
    expect(await second.acquire()).toBeNull();
    expect(second.state()).toBe("elsewhere");
    expect(heard).toHaveBeenCalledTimes(1);
    const releaseOther = await otherTenant.acquire();
    expect(releaseOther).not.toBeNull();

    release!();
    await vi.waitFor(() => expect(second.state()).toBe("free"));
    expect(heard).toHaveBeenCalledTimes(2);
    const secondRelease = await second.acquire();
    expect(secondRelease).not.toBeNull();
    expect(await first.acquire()).toBeNull();
    secondRelease!();
    releaseOther!();
  });

  it("a tab that opens while another runs learns it from the browser, and again when it comes back into view", async () => {
    const browser = createMemoryLocks();
    const running = createRunLock(runLockName("t"), browser);
    const release = await running.acquire();
    const opened = createRunLock(runLockName("t"), browser);
    expect(opened.state()).toBe("free");
    opened.watch();
    await vi.waitFor(() => expect(opened.state()).toBe("elsewhere"));
    opened.stopWatching();
    // Not watching: it no longer waits for the lock, and does not hear it being let go.
    expect((await browser.query()).pending).toEqual([]);
    release!();
    await Promise.resolve();
    expect(opened.state()).toBe("elsewhere");

    const again = await running.acquire();
    opened.watch();
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.waitFor(async () => expect((await browser.query()).pending).toHaveLength(1));
    again!();
    await vi.waitFor(() => expect(opened.state()).toBe("free"));
    opened.stopWatching();
  });

  it("without Web Locks, never runs: no tab could know of another's run", async () => {
    const lock = createRunLock(runLockName("t"), null);
    expect(lock.state()).toBe("unsupported");
    expect(await lock.acquire()).toBeNull();
  });

  it("where the browser refuses Web Locks to the page (a cross-site frame), never runs, and says so", async () => {
    const denied = () => Promise.reject(new DOMException("The request was denied.", "SecurityError"));
    const locks = { query: denied, request: denied } as unknown as LockManager;
    const lock = createRunLock(runLockName("t"), locks);
    const heard = vi.fn();
    lock.subscribe(heard);
    lock.watch();
    await vi.waitFor(() => expect(lock.state()).toBe("unsupported"));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(await lock.acquire()).toBeNull();
    lock.stopWatching();
  });
});
