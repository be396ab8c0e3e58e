// @ts-check
// The Content Security Policy of the Enrollment Token Console: the one source of truth for the <meta> tag the
// production build injects (vite.config.ts), the header the end-to-end server sends (e2e/serve-dist.mjs), and
// admins configuring their web server:
//
//   node deploy/csp.mjs [--frame-ancestors "https://portal.contoso.com ..."] [--cloud global] [--relay]
//
// prints the header value. Without --cloud the policy allows the login and Graph hosts of every Microsoft cloud
// the app knows (src/config/clouds.json, the table the app reads too), so config.json's "cloud" alone picks one;
// --cloud narrows the policy to that cloud's hosts. Plain ESM JavaScript (Node and build tooling only; the app
// never imports it).
import { readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import CLOUDS from "../src/config/clouds.json" with { type: "json" };

/** @typedef {keyof typeof CLOUDS} CloudName */

/** The login (authority) and Graph origins of each Microsoft cloud: src/config/clouds.json, as the app reads it. */
export { CLOUDS };

export const CLOUD_NAMES = /** @type {CloudName[]} */ (Object.keys(CLOUDS));

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
 * - `connect-src`: MSAL redeems codes and refresh tokens at the login host; the app calls Graph. Each cloud's own
 *   hosts, named one by one: Microsoft-operated hosts only, no wildcards.
 * - `frame-src 'self' <login>`: MSAL's hidden iframe (silent renewal) loads the login host, which redirects back to
 *   redirect.html on the app's own origin. `form-action <login>` covers MSAL's form-POST flows.
 * - `frame-ancestors` (who may frame the app: 'self' for that hidden iframe, plus the intranet portal) and
 *   `report-uri` are ignored in a <meta> policy, so `forMeta: true` leaves frame-ancestors out; both can only be
 *   sent as an HTTP header.
 *
 * @param {object} [options]
 * @param {readonly CloudName[]} [options.clouds] The clouds whose login and Graph hosts are allowed. Default: all.
 * @param {string[]} [options.frameAncestors] Sources allowed to frame the app (header only). Default `'self'`.
 * @param {boolean} [options.forMeta] For a <meta http-equiv> tag: leaves out frame-ancestors.
 * @returns {string}
 */
export function contentSecurityPolicy({ clouds = CLOUD_NAMES, frameAncestors = ["'self'"], forMeta = false } = {}) {
  if (clouds.length === 0) throw new Error("no cloud: the app could neither sign in nor call Graph");
  const unique = (/** @type {string[]} */ sources) => [...new Set(sources.map(checkSource))];
  const logins = unique(clouds.map((cloud) => CLOUDS[cloud].authorityHost));
  const hosts = unique(clouds.flatMap((cloud) => [CLOUDS[cloud].authorityHost, CLOUDS[cloud].graphHost]));
  /** @type {[string, ...string[]][]} */
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'"],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...hosts],
    ["frame-src", "'self'", ...logins],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'", ...logins],
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

/**
 * A cloud name from the command line or the environment, checked against the table.
 * @param {string} name
 * @returns {CloudName}
 */
export function cloudNamed(name) {
  const cloud = CLOUD_NAMES.find((known) => known === name);
  if (!cloud) throw new Error(`unknown cloud ${JSON.stringify(name)}: one of ${CLOUD_NAMES.join(", ")}`);
  return cloud;
}

const USAGE = `usage: node deploy/csp.mjs [--frame-ancestors "<origin> ..."] [--cloud ${CLOUD_NAMES.join("|")}] [--relay] [--write <dist folder>]
Prints the Content-Security-Policy header value for the app. frame-ancestors always includes 'self'
(MSAL's hidden iframe loads redirect.html inside the app); list the intranet portal origins that frame the app.
Without --cloud the policy allows the login and Graph hosts of every Microsoft cloud; --cloud allows only that
cloud's (the app then refuses to start if config.json names another).
--relay prints the value for relay.html instead, with frame-ancestors 'none' (it is never framed).
--write rewrites the <meta> policy in the folder's .html pages instead (with --cloud: narrowed to that cloud).`;

/**
 * The CLI: the header value for a web server's configuration.
 * @param {string[]} args
 */
function main(args) {
  /** @type {string[]} */
  const frameAncestors = ["'self'"];
  /** @type {CloudName | null} */
  let cloud = null;
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
      cloud = cloudNamed(value());
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
  const clouds = cloud ? [cloud] : CLOUD_NAMES;
  if (writeTo) return writeMetaTags(writeTo, contentSecurityPolicy({ clouds, forMeta: true }));
  // relay.html is only ever opened as a window of its own: no page, not even the portal, may frame it.
  process.stdout.write(`${contentSecurityPolicy({ clouds, frameAncestors: relay ? ["'none'"] : frameAncestors })}\n`);
}

/**
 * Rewrites the <meta> policy of every HTML page in a built dist/ folder (narrowed to one cloud, or back to all):
 * a deployment step, not a rebuild. The app refuses to start when config.json names a cloud its page's policy
 * does not allow.
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
