import { parseConfig, type ConfigResult } from "./parseConfig";
import { t } from "../i18n";

/** Fetches config.json relative to the page, so the same build works under any path. */
export async function loadConfig(baseUrl: string = document.baseURI): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetch(new URL("config.json", baseUrl), { cache: "no-store" });
  } catch {
    return { ok: false, problems: [{ key: null, message: t("config.unreachable") }] };
  }
  if (!response.ok) {
    return { ok: false, problems: [{ key: null, message: t("config.missing", { status: response.status }) }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch (error) {
    return {
      ok: false,
      problems: [{ key: null, message: t("config.malformed", { detail: (error as Error).message }) }],
    };
  }
  return parseConfig(raw, new URL(baseUrl).origin);
}
