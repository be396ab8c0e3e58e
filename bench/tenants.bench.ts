import { expect, test } from "../e2e/fixtures";
import { DEMO_GRAPH_MEASURE } from "../src/demo/demoGraph";
import { demoPartnerTenants } from "../src/demo/demoPartner";
import { TENANTS_AT_ONCE } from "../src/features/tenant-overview/tenantReads";
import { heapAfterGc, saveFigures } from "./figures";

// A demo partner of 100 customers × 200 profiles, with the demo's simulated Graph latency (250–600 ms a request), in
// Chromium: the overview of every tenant (?view=tenants). The demo's Graph is inside the page, so its requests are
// the User Timing measures it leaves (src/demo/demoGraph.ts), not network requests.

const CUSTOMERS = 100;
const PROFILES = 200;
const TENANTS = demoPartnerTenants(CUSTOMERS, PROFILES);
const ALL_READ = `Read ${TENANTS.length} of ${TENANTS.length} tenants`;
/** A profile collection's list: the only requests an overview needs. */
const LIST_PATH = /\/deviceManagement\/\w+EnrollmentProfiles$/;

/** When (the Performance API's time, from navigation start) the overview's status first said every tenant was read. */
function harness(allRead: string) {
  const bench = { allReadAt: 0 };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  const observer = new MutationObserver(() => {
    const said = [...document.querySelectorAll("[role=status]")].some((element) => element.textContent === allRead);
    if (said && !bench.allReadAt) bench.allReadAt = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

interface GraphRequest {
  tenant: string;
  method: string;
  url: string;
  status: number;
  start: number;
  end: number;
}

/** The most requests out at once: a sweep over their starts and ends (an end before a start at the same time). */
function peakAtOnce(requests: GraphRequest[]) {
  const events = requests.flatMap((r) => [
    { at: r.start, step: 1 },
    { at: r.end, step: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.step - b.step);
  let out = 0;
  let peak = 0;
  for (const { step } of events) peak = Math.max(peak, (out += step));
  return peak;
}

/** Each tenant's read: from its first request's start to its last one's end. */
function readTimes(requests: GraphRequest[]) {
  const spans = new Map<string, { start: number; end: number }>();
  for (const { tenant, start, end } of requests) {
    const span = spans.get(tenant);
    spans.set(tenant, span ? { start: Math.min(span.start, start), end: Math.max(span.end, end) } : { start, end });
  }
  return [...spans.values()].map(({ start, end }) => end - start);
}

test(`${CUSTOMERS} tenants × ${PROFILES} profiles: the overview, its requests, concurrency and heap`, async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await page.route("**/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      headers: { "cache-control": "no-store" },
      body: JSON.stringify({
        demo: { tenants: CUSTOMERS, profiles: PROFILES },
        tenantId: "organizations",
        cloud: "global",
      }),
    }),
  );
  await page.addInitScript(harness, ALL_READ);
  await page.goto("./?view=tenants");
  await expect(page.getByRole("status").filter({ hasText: ALL_READ })).toBeVisible({ timeout: 150_000 });
  await page.waitForTimeout(1_000);

  const { allReadAt, measures } = await page.evaluate(
    (prefix) => ({
      allReadAt: (window as unknown as { __bench: { allReadAt: number } }).__bench.allReadAt,
      measures: performance
        .getEntriesByType("measure")
        .filter((entry) => entry.name.startsWith(`${prefix} `))
        .map((entry) => ({
          name: entry.name,
          start: entry.startTime,
          end: entry.startTime + entry.duration,
          status: (entry as PerformanceMeasure).detail.status as number,
        })),
    }),
    DEMO_GRAPH_MEASURE,
  );
  const heapBytes = await heapAfterGc(cdp);

  const requests: GraphRequest[] = measures.map(({ name, ...timed }) => {
    const [, tenant, method, url] = name.split(" ");
    return { tenant: tenant!, method: method!, url: url!, ...timed };
  });
  const keys = requests.map((r) => `${r.tenant.toLowerCase()} ${r.method} ${r.url}`);
  const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
  const notLists = requests.filter((r) => r.method !== "GET" || !LIST_PATH.test(new URL(r.url, "https://x").pathname));
  // Every page the fake answered with is a page the overview needs: the first of each collection, then the next
  // links it gave. A request it did not answer with a page (an error) would be one more than the minimum.
  const pagesServed = requests.filter((r) => r.status === 200 && !notLists.includes(r)).length;
  const reads = readTimes(requests);
  const slowestTenantReadMs = Math.max(...reads);
  const sumOfTenantReadsMs = reads.reduce((sum, ms) => sum + ms, 0);

  saveFigures("tenants", {
    customers: CUSTOMERS,
    profilesPerCustomer: PROFILES,
    tenants: TENANTS.length,
    tenantsAtOnce: TENANTS_AT_ONCE,
    tenantsRead: reads.length,
    overviewMs: allReadAt,
    lastRequestEndMs: Math.max(...requests.map((r) => r.end)),
    slowestTenantReadMs,
    sumOfTenantReadsMs,
    medianTenantReadMs: [...reads].sort((a, b) => a - b)[Math.floor(reads.length / 2)],
    requests: requests.length,
    pagesServed,
    repeated,
    notLists: notLists.map((r) => `${r.method} ${r.url} (${r.status})`),
    peakRequestsAtOnce: peakAtOnce(requests),
    heapBytes,
    chromium: page.context().browser()?.version(),
  });
});
