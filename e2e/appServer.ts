import { spawn } from "node:child_process";
import { dirname } from "node:path";
import { test } from "@playwright/test";

/**
 * A second e2e/serve-dist.mjs on a free port, for a test that needs the build served with other headers
 * (FRAME_ANCESTORS, CSP_CLOUD, CSP_REPORT_FILE). Resolves with its URL once it listens; stop() ends it.
 */
export async function startAppServer(env: Record<string, string>): Promise<{ url: string; stop: () => void }> {
  const server = spawn(process.execPath, ["e2e/serve-dist.mjs"], {
    cwd: dirname(test.info().config.configFile!),
    env: { ...process.env, ...env, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = () => {
    server.kill();
    process.off("exit", stop);
  };
  process.once("exit", stop); // even if the worker goes down mid-test
  try {
    const url = await new Promise<string>((started, failed) => {
      server.stdout.on("data", (data: Buffer) => {
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(data))?.[0];
        if (found) started(found);
      });
      server.on("exit", (code) => failed(new Error(`serve-dist.mjs exited with ${code}`)));
    });
    return { url, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
