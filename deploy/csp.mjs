// @ts-check
// The Content Security Policy of the Enrollment Token Console: the one source of truth for the <meta> tag the
// production build injects (vite.config.ts), the header the end-to-end server sends (e2e/serve-dist.mjs), the
// tests (e2e/csp.spec.ts), and admins configuring their web server:
//
//   node deploy/csp.mjs [--frame-ancestors "https://portal.contoso.com ..."] [--cloud global]
//
// prints the header value. Plain ESM JavaScript (Node and build tooling only; the app never imports it).
import { readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

/** @typedef {{ loginHost: string, graphHost: string }} CloudHosts */

/**
 * Login (Entra ID authority) and Microsoft Graph origins per cloud. Keep in step with `CLOUDS` in
 * src/config/clouds.ts (authorityHost -> loginHost); e2e/csp.spec.ts checks that the two agree.
 * A national cloud is one more entry here.
 */
export const CLOUD_HOSTS = /** @satisfies {Record<string, CloudHosts>} */ ({
  global: { loginHost: "https://login.microsoftonline.com", graphHost: "https://graph.microsoft.com" },
  usgov: { loginHost: "https://login.microsoftonline.us", graphHost: "https://graph.microsoft.us" },
  usgovdod: { loginHost: "https://login.microsoftonline.us", graphHost: "https://dod-graph.microsoft.us" },
  china: { loginHost: "https://login.chinacloudapi.cn", graphHost: "https://microsoftgraph.chinacloudapi.cn" },
});

/** A CSP source expression must be one token: no whitespace, no ";" or "," that would start another directive. */
function checkSource(/** @type {string} */ source) {
  if (!source || /[\s;,]/.test(source))
    throw new Error(`not a single CSP source expression: ${JSON.stringify(source)}`);
  return source;
}

/**
 * The policy string.
 *
 * - `script-src 'self'`: no inline script and no eval anywhere; the build emits external module scripts only, and
 *   MSAL's redirect bridge (redirect.html) is a bundle of its own on the same origin.
 * - `style-src 'unsafe-inline'`: Emotion (MUI's styling engine) creates <style> elements at run time. A nonce is
 *   not an option: static hosting cannot mint a fresh nonce per response, and a fixed nonce baked into the build
 *   would be public and so no better than 'unsafe-inline'. Injected CSS cannot run code; scripts stay strict.
 * - `connect-src`: MSAL redeems codes and refresh tokens at the login host; the app calls Graph.
 * - `frame-src 'self' <login>`: MSAL's hidden iframe (silent renewal) loads the login host, which redirects back to
 *   redirect.html on the app's own origin. `form-action <login>` covers MSAL's form-POST flows.
 * - `frame-ancestors` (who may frame the app: 'self' for that hidden iframe, plus the intranet portal) and
 *   `report-uri` are ignored in a <meta> policy, so `forMeta: true` leaves frame-ancestors out; both can only be
 *   sent as an HTTP header.
 *
 * @param {object} options
 * @param {string} options.loginHost Origin of the Entra ID authority, e.g. https://login.microsoftonline.com.
 * @param {string} options.graphHost Origin of Microsoft Graph, e.g. https://graph.microsoft.com.
 * @param {string[]} [options.frameAncestors] Sources allowed to frame the app (header only). Default `'self'`.
 * @param {boolean} [options.forMeta] For a <meta http-equiv> tag: leaves out frame-ancestors.
 * @returns {string}
 */
export function contentSecurityPolicy({ loginHost, graphHost, frameAncestors = ["'self'"], forMeta = false }) {
  const login = checkSource(loginHost);
  const graph = checkSource(graphHost);
  /** @type {[string, ...string[]][]} */
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'"],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", login, graph],
    ["frame-src", "'self'", login],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'", login],
    ["worker-src", "'none'"],
    ["manifest-src", "'self'"],
  ];
  if (!forMeta) {
    if (frameAncestors.length === 0) throw new Error("frameAncestors is empty: use [\"'none'\"] to forbid framing");
    if (frameAncestors.length > 1 && frameAncestors.includes("'none'")) throw new Error("'none' must stand alone");
    directives.push(["frame-ancestors", ...frameAncestors.map(checkSource)]);
  }
  return directives.map((directive) => directive.join(" ")).join("; ");
}

const USAGE = `usage: node deploy/csp.mjs [--frame-ancestors "<origin> ..."] [--cloud ${Object.keys(CLOUD_HOSTS).join("|")}] [--relay] [--write <dist folder>]
Prints the Content-Security-Policy header value for the app. frame-ancestors always includes 'self'
(MSAL's hidden iframe loads redirect.html inside the app); list the intranet portal origins that frame the app.
--relay prints the value for relay.html instead, with frame-ancestors 'none' (it is never framed).
--write rewrites the <meta> policy in the folder's .html pages for the cloud instead (for a national cloud).`;

/**
 * The CLI: the header value for a web server's configuration.
 * @param {string[]} args
 */
function main(args) {
  /** @type {string[]} */
  const frameAncestors = ["'self'"];
  let cloud = "global";
  let relay = false;
  /** @type {string | null} */
  let writeTo = null;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = /** @type {[string, string | undefined]} */ (args[i]?.split(/=(.*)/s) ?? ["", undefined]);
    const value = () => {
      const next = inline ?? args[++i];
      if (next === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    if (flag === "--frame-ancestors") {
      for (const source of value().split(/\s+/).filter(Boolean)) {
        if (!frameAncestors.includes(source)) frameAncestors.push(source);
      }
    } else if (flag === "--cloud") {
      cloud = value();
    } else if (flag === "--relay") {
      relay = true;
    } else if (flag === "--write") {
      writeTo = value();
    } else if (flag === "--help" || flag === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else {
      throw new Error(`unknown argument ${JSON.stringify(args[i])}\n${USAGE}`);
    }
  }
  const hosts = Object.hasOwn(CLOUD_HOSTS, cloud) ? CLOUD_HOSTS[/** @type {keyof CLOUD_HOSTS} */ (cloud)] : null;
  if (!hosts) throw new Error(`unknown cloud ${JSON.stringify(cloud)}\n${USAGE}`);
  if (writeTo) return writeMetaTags(writeTo, contentSecurityPolicy({ ...hosts, forMeta: true }));
  // relay.html is only ever opened as a window of its own: no page, not even the portal, may frame it.
  process.stdout.write(`${contentSecurityPolicy({ ...hosts, frameAncestors: relay ? ["'none'"] : frameAncestors })}\n`);
}

/**
 * Rewrites the <meta> policy of every HTML page in a built dist/ folder for another cloud: a deployment step,
 * not a rebuild. The app refuses to start when config.json names a cloud its page's policy does not allow.
 * @param {string} folder
 * @param {string} policy
 */
function writeMetaTags(folder, policy) {
  const pattern = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;
  const pages = readdirSync(folder).filter((name) => name.endsWith(".html"));
  if (pages.length === 0) throw new Error(`no .html pages in ${folder}`);
  for (const page of pages) {
    const path = join(folder, page);
    const html = readFileSync(path, "utf8");
    if (!pattern.test(html)) throw new Error(`${path} has no Content-Security-Policy <meta> tag`);
    writeFileSync(path, html.replace(pattern, `$1${policy}$2`));
    process.stdout.write(`${path}: ${policy}\n`);
  }
}

/** True when this file is the script Node was started with (not imported by Vite or a test). */
function isMain() {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`csp.mjs: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
