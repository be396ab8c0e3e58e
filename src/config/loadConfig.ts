import { parseConfig, type ConfigResult } from "./parseConfig";

/** Fetches config.json relative to the page, so the same build works under any path. */
export async function loadConfig(baseUrl: string = document.baseURI): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetch(new URL("config.json", baseUrl), { cache: "no-store" });
  } catch {
    return { ok: false, problems: [{ key: null, message: { id: "config.unreachable" } }] };
  }
  if (!response.ok) {
    return {
      ok: false,
      problems: [{ key: null, message: { id: "config.missing", values: { status: response.status } } }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch (error) {
    return {
      ok: false,
      problems: [{ key: null, message: { id: "config.malformed", values: { detail: (error as Error).message } } }],
    };
  }
  return parseConfig(raw, new URL(baseUrl).origin);
}
