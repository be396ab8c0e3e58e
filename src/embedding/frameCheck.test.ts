import { askParent, FRAME_CHECK, FRAME_CHECK_ANSWER, judgeFrame, type FrameFacts } from "./frameCheck";

const APP = "https://tokens.contoso.com";
const PORTAL = "https://portal.contoso.com";
const EVIL = "https://evil.example";

/** Framed, as Chromium and Safari report it: every ancestor's origin, nearest first. */
const at = (...ancestorOrigins: string[]): FrameFacts => ({
  origin: APP,
  ancestorOrigins,
  crossOriginAncestor: ancestorOrigins.some((origin) => origin !== APP),
  parentIsTop: ancestorOrigins.length === 1,
  referrer: "",
});

/** Framed in a browser without location.ancestorOrigins (Firefox). */
const withoutAncestorOrigins = (facts: Partial<FrameFacts>): FrameFacts => ({
  origin: APP,
  crossOriginAncestor: true,
  parentIsTop: true,
  referrer: "",
  ...facts,
});

describe("judgeFrame, where the browser names every ancestor", () => {
  it("trusts the app's own origin and the configured portals", () => {
    expect(judgeFrame([], at(APP))).toEqual({ status: "trusted" });
    expect(judgeFrame([PORTAL], at(PORTAL))).toEqual({ status: "trusted" });
    expect(judgeFrame([`${PORTAL}/`], at(PORTAL, APP))).toEqual({ status: "trusted" });
  });

  it("names the first frame that is neither, however deep", () => {
    expect(judgeFrame([], at(PORTAL))).toEqual({ status: "untrusted", origin: PORTAL });
    expect(judgeFrame([PORTAL], at(PORTAL, EVIL))).toEqual({ status: "untrusted", origin: EVIL });
    expect(judgeFrame([PORTAL], at("https://portal.contoso.com:8443"))).toEqual({
      status: "untrusted",
      origin: "https://portal.contoso.com:8443",
    });
    expect(judgeFrame([PORTAL], at("http://portal.contoso.com"))).toEqual({
      status: "untrusted",
      origin: "http://portal.contoso.com",
    });
  });

  it("does not trust an opaque (sandboxed) origin", () => {
    expect(judgeFrame([PORTAL], at("null"))).toEqual({ status: "untrusted", origin: "null" });
  });
});

describe("judgeFrame, where the browser does not name the ancestors", () => {
  it("trusts frames whose every ancestor is on the app's own origin (their location can be read)", () => {
    expect(judgeFrame([], withoutAncestorOrigins({ crossOriginAncestor: false, parentIsTop: false }))).toEqual({
      status: "trusted",
    });
  });

  it("takes the referrer's origin for a parent that is the top window", () => {
    expect(judgeFrame([PORTAL], withoutAncestorOrigins({ referrer: `${PORTAL}/intranet/tools` }))).toEqual({
      status: "trusted",
    });
    expect(judgeFrame([PORTAL], withoutAncestorOrigins({ referrer: `${EVIL}/` }))).toEqual({
      status: "untrusted",
      origin: EVIL,
    });
  });

  it("asks the parent when the referrer is withheld or names the app itself (the frame navigated on its own)", () => {
    expect(judgeFrame([PORTAL], withoutAncestorOrigins({ referrer: "" }))).toBe("ask");
    expect(judgeFrame([PORTAL], withoutAncestorOrigins({ referrer: `${APP}/?profile=1` }))).toBe("ask");
  });

  it("cannot verify framing more than one level deep: a referrer speaks for the parent only", () => {
    expect(judgeFrame([PORTAL], withoutAncestorOrigins({ parentIsTop: false, referrer: `${PORTAL}/` }))).toEqual({
      status: "untrusted",
      origin: null,
    });
  });
});

describe("askParent: the handshake with a portal that frames the app", () => {
  /** An answer as the browser delivers it: from `source` (the parent, the jsdom window here), from `origin`. */
  const answer = (data: unknown, origin: string, source: MessageEventSource | null = window) =>
    window.dispatchEvent(new MessageEvent("message", { data, origin, source }));

  /** The jsdom window plays the parent: what it is asked is recorded, and answers come from it. */
  function handshake(portalOrigins: string[]) {
    const asked: { message: { type: string; nonce: string }; origin: string }[] = [];
    vi.spyOn(window, "postMessage").mockImplementation((message: unknown, origin: unknown) => {
      asked.push({ message: message as { type: string; nonce: string }, origin: origin as string });
    });
    const result = askParent({ parent: window, events: window, portalOrigins, timeoutMs: 5_000, intervalMs: 1_000 });
    return { asked, result };
  }

  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it("asks each listed origin and takes the parent's answer with the question's nonce", async () => {
    const { asked, result } = handshake([PORTAL, "https://other.contoso.com/"]);
    expect(asked.map((entry) => entry.origin)).toEqual([PORTAL, "https://other.contoso.com"]);
    const { nonce } = asked[0]!.message;
    expect(asked[0]!.message).toEqual({ type: FRAME_CHECK, nonce });
    answer({ type: FRAME_CHECK_ANSWER, nonce }, PORTAL);
    await expect(result).resolves.toBe(PORTAL);
  });

  it("ignores answers from another origin, another window, or with another nonce; gives up in time and asks no more", async () => {
    vi.useFakeTimers();
    const { asked, result } = handshake([PORTAL]);
    const { nonce } = asked[0]!.message;
    answer({ type: FRAME_CHECK_ANSWER, nonce }, EVIL);
    answer({ type: FRAME_CHECK_ANSWER, nonce: "guessed" }, PORTAL);
    answer({ type: FRAME_CHECK_ANSWER, nonce }, PORTAL, null);
    answer({ type: FRAME_CHECK, nonce }, PORTAL);
    // Asked again while no answer has come, then the parent is given up on.
    vi.advanceTimersByTime(2_000);
    expect(asked).toHaveLength(3);
    vi.advanceTimersByTime(3_000);
    await expect(result).resolves.toBeNull();
    const questions = asked.length;
    vi.advanceTimersByTime(5_000);
    expect(asked).toHaveLength(questions);
  });

  it("asks nobody when no portal is listed", async () => {
    const { asked, result } = handshake([]);
    await expect(result).resolves.toBeNull();
    expect(asked).toEqual([]);
  });
});
