interface Held {
  name: string;
  mode: LockMode;
  grant: () => void;
}

/**
 * The Web Locks API of one browser, in memory, for jsdom (which has none): exclusive and shared modes, a queue per
 * name, ifAvailable, an AbortSignal for a waiting request, and query(). Two tabs are two users of one instance.
 */
export function createMemoryLocks(): LockManager {
  const held: Held[] = [];
  const queue: Held[] = [];
  const fits = (wanted: Held) =>
    held.every((lock) => lock.name !== wanted.name || (lock.mode === "shared" && wanted.mode === "shared"));

  function grantWaiting() {
    for (const wanted of [...queue]) {
      const earlier = queue.slice(0, queue.indexOf(wanted)).some((other) => other.name === wanted.name);
      if (earlier || !fits(wanted)) continue;
      queue.splice(queue.indexOf(wanted), 1);
      held.push(wanted);
      wanted.grant();
    }
  }

  async function request(
    name: string,
    optionsOrCallback: LockOptions | LockGrantedCallback<unknown>,
    maybeCallback?: LockGrantedCallback<unknown>,
  ): Promise<unknown> {
    const [options, callback] =
      typeof optionsOrCallback === "function" ? [{}, optionsOrCallback] : [optionsOrCallback, maybeCallback!];
    options.signal?.throwIfAborted();
    const wanted: Held = { name, mode: options.mode ?? "exclusive", grant: () => undefined };
    if (options.ifAvailable) {
      if (!fits(wanted) || queue.some((other) => other.name === name)) return callback(null);
      held.push(wanted);
    } else {
      await new Promise<void>((resolve, reject) => {
        wanted.grant = resolve;
        queue.push(wanted);
        options.signal?.addEventListener(
          "abort",
          () => {
            const index = queue.indexOf(wanted);
            if (index < 0) return;
            queue.splice(index, 1);
            reject(options.signal!.reason);
          },
          { once: true },
        );
        grantWaiting();
      });
    }
    try {
      return await callback({ name, mode: wanted.mode });
    } finally {
      held.splice(held.indexOf(wanted), 1);
      grantWaiting();
    }
  }

  const info = ({ name, mode }: Held): LockInfo => ({ name, mode, clientId: "memory" });
  return {
    request,
    query: async () => ({ held: held.map(info), pending: queue.map(info) }),
  } as LockManager;
}
