import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CDPSession, Page } from "@playwright/test";

/** Where the browser journeys leave their figures for bench/run.mjs (BENCH_FIGURES, or test-results/bench-figures). */
export const FIGURES_DIR =
  process.env.BENCH_FIGURES ?? join(import.meta.dirname, "..", "test-results", "bench-figures");

/** Writes one part of the figures as <name>.json. */
export function saveFigures(name: string, figures: unknown) {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(join(FIGURES_DIR, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}

/** Every JavaScript chunk the page asks for, by its path in dist/ ("assets/app-….js"), in order. */
export function recordChunks(page: Page) {
  const chunks: string[] = [];
  page.on("request", (request) => {
    const match = /\/(assets\/[^/?]+\.js)(?:\?|$)/.exec(request.url());
    if (match && !chunks.includes(match[1]!)) chunks.push(match[1]!);
  });
  return {
    /** The chunks asked for so far; the list starts afresh. */
    take: () => chunks.splice(0),
  };
}

/** The JavaScript heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize;
}
