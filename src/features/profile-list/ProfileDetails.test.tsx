import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { FakeTenant } from "../../fake-tenant/fakeTenant";
import { profile, type FakeProfile, type ProfileInit } from "../../fake-tenant/profiles";
import { serveFakeTenant } from "../../test/fakeTenant";
import { renderWithProviders } from "../../test/render";
import { formatDate, formatDateTime, formatDateTimeUtc } from "../../i18n";
import { DAY } from "../../domain/duration";
import { DEFAULT_VALIDITY_SECONDS } from "../../domain/validity";
import type { ProfileKindId } from "../../domain/profileKinds";
import { ProfileDetails } from "./ProfileDetails";

const PROFILE_ID = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
const DETAIL = /Profiles\/[^/]+$/;
const CREATE = /\/createToken$/;

/** The profile these tests show: a legacy one by default, without a token. */
const kioskDevices = (overrides: Partial<ProfileInit> = {}): FakeProfile =>
  profile({
    id: PROFILE_ID,
    displayName: "Kiosk devices",
    description: "Lobby tablets for visitors",
    enrolledDeviceCount: 12,
    lastModifiedDateTime: "2024-04-01T09:00:00Z",
    ...overrides,
  });

function Harness({ now, kind = "legacy" }: { now: Date; kind?: ProfileKindId }) {
  return <ProfileDetails selected={{ kind, id: PROFILE_ID }} now={now} />;
}

/** A promise the test settles, to hold a response in flight. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** The fake tenant with that one profile. */
const serveProfile = (overrides: Partial<ProfileInit> = {}) => serveFakeTenant({ profiles: [kioskDevices(overrides)] });

/** What the fake tenant received: reads of the profile, and createToken POSTs. */
const readsOf = (tenant: FakeTenant) =>
  tenant.requests.filter((r) => r.method === "GET" && DETAIL.test(new URL(r.url).pathname));

async function renderDetails() {
  const now = new Date();
  const rendered = renderWithProviders(<Harness now={now} />);
  await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
  return { ...rendered, now, slider: screen.getByRole("slider", { name: "Token validity" }) };
}

describe("ProfileDetails: creating a token", () => {
  it("sends one POST with the chosen validity, disables the button while pending, then shows the re-read expiry and a toast", async () => {
    const response = gate();
    const tenant = serveProfile();
    tenant.hold = { method: "POST", path: CREATE, release: response.opened };
    const { user, slider } = await renderDetails();
    expect(screen.getByText("This profile has no token yet. Create one below.")).toBeInTheDocument();
    expect(readsOf(tenant)).toHaveLength(1);

    act(() => slider.focus());
    await user.keyboard("{ArrowRight}");
    expect(slider).toHaveAttribute("aria-valuetext", "8 days");

    const button = screen.getByRole("button", { name: "Create token" });
    expect(button).not.toHaveAttribute("aria-disabled");
    act(() => button.focus());
    // Three clicks before React re-renders the button as disabled.
    act(() => {
      fireEvent.click(button);
      fireEvent.click(button);
      fireEvent.click(button);
    });

    // Disabled for assistive technology, and for clicks, but focus stays on it while it works.
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Create token" })).toHaveAttribute("aria-disabled", "true"),
    );
    expect(screen.getByRole("button", { name: "Create token" })).toHaveFocus();
    expect(screen.getByText("Creating token…")).toHaveAttribute("role", "status");
    expect(slider).toBeDisabled();
    await waitFor(() => expect(tenant.createTokenRequests).toHaveLength(1));
    fireEvent.click(screen.getByRole("button", { name: "Create token" }));

    response.open();

    const currentToken = screen.getByRole("region", { name: "Current token" });
    const validUntil = await within(currentToken).findByText(/^Valid until /);
    // The profile has a token now: the next one would replace it.
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Replace token" })).not.toHaveAttribute("aria-disabled"),
    );
    // Focus went to the result: the current token, now the new one.
    expect(screen.getByRole("heading", { name: "Current token" })).toHaveFocus();

    expect(tenant.createTokenRequests).toHaveLength(1);
    const [post] = tenant.createTokenRequests;
    expect(post?.body).toBe('{"tokenValidityInSeconds":691200}');
    expect(JSON.parse(post?.body ?? "")).toEqual({ tokenValidityInSeconds: 8 * DAY });
    expect(post?.contentType).toBe("application/json");
    expect(post?.authorization).toBe("Bearer test-token");

    // The 204 carries no token: the profile was read again, and its new expiry is on screen.
    expect(readsOf(tenant)).toHaveLength(2);
    const expiresAt = new Date(tenant.find(PROFILE_ID)!.tokenExpirationDateTime);
    expect(validUntil).toHaveTextContent(`Valid until ${formatDateTime(expiresAt)} (${formatDateTimeUtc(expiresAt)})`);
    expect(screen.getByRole("group", { name: "Enrollment token" })).toHaveTextContent("Hidden");
    expect(screen.queryByText("This profile has no token yet. Create one below.")).not.toBeInTheDocument();

    const toast = await screen.findByText(
      `Token created for “Kiosk devices”. It is valid until ${formatDateTime(expiresAt)}.`,
    );
    expect(toast.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByText("Creating token…")).not.toBeInTheDocument();
    expect(slider).toHaveAttribute("aria-valuetext", "8 days");
  });

  it("shows Intune's readable message and the request-id in an alert when createToken fails, and keeps the chosen value", async () => {
    const tenant = serveProfile();
    tenant.failNext(
      "POST",
      CREATE,
      400,
      "BadRequest",
      "Token validity must be between 1 hour and 90 days. - Operation ID (for customer support): 0000 - Activity ID: 5d1c4e2a",
      { intune: true, requestId: "5d1c4e2a-8f3b-4a6c-9e7d-0b1a2c3d4e5f" },
    );
    const { user, slider } = await renderDetails();
    act(() => slider.focus());
    await user.keyboard("{End}");
    expect(slider).toHaveAttribute("aria-valuetext", "90 days");

    await user.click(screen.getByRole("button", { name: "Create token" }));

    const alert = await screen.findByRole("alert");
    // Focus went to the alert's heading, not to the page.
    expect(within(alert).getByRole("heading", { name: "The token was not created", level: 4 })).toHaveFocus();
    expect(alert).toHaveTextContent(
      "Token validity must be between 1 hour and 90 days. - Operation ID (for customer support): 0000 - Activity ID: 5d1c4e2a",
    );
    expect(alert).not.toHaveTextContent("_version");
    expect(within(alert).getByText("Request ID: 5d1c4e2a-8f3b-4a6c-9e7d-0b1a2c3d4e5f")).toBeInTheDocument();
    expect(within(alert).getByText("HTTP 400 BadRequest")).toBeInTheDocument();

    expect(tenant.createTokenRequests.map((post) => post.body)).toEqual(['{"tokenValidityInSeconds":7776000}']);
    expect(screen.getByRole("slider", { name: "Token validity" })).toHaveAttribute("aria-valuetext", "90 days");
    expect(screen.getByText("Valid for 90 days")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create token" })).toBeEnabled();
    // A failure re-reads nothing and announces no success.
    expect(readsOf(tenant)).toHaveLength(1);
    expect(screen.queryByText(/^Token created for/)).not.toBeInTheDocument();
  });

  it("never retries a failed createToken, and a second click after the failure sends a second POST", async () => {
    const tenant = serveProfile();
    tenant.failNext("POST", CREATE, 503, "ServiceUnavailable", "Service unavailable.");
    const { user } = await renderDetails();

    await user.click(screen.getByRole("button", { name: "Create token" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Service unavailable.");
    expect(tenant.createTokenRequests).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Create token" }));
    await waitFor(() => expect(tenant.createTokenRequests).toHaveLength(2));
    expect(tenant.createTokenRequests.map((post) => JSON.parse(post.body!) as unknown)).toEqual([
      { tokenValidityInSeconds: DEFAULT_VALIDITY_SECONDS },
      { tokenValidityInSeconds: DEFAULT_VALIDITY_SECONDS },
    ]);
  });
});

describe("ProfileDetails: a tenant that refuses the validity", () => {
  it("says what Intune allows, keeps the choice, and offers the allowed value as one click; nothing is sent on its own", async () => {
    const tenant = serveProfile({ kind: "dedicated" });
    tenant.validityOverrides.set(PROFILE_ID, 30 * DAY);
    const { user } = renderWithProviders(<Harness now={new Date()} kind="dedicated" />);
    await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    const slider = screen.getByRole("slider", { name: "Token validity" });
    act(() => slider.focus());
    await user.keyboard("{End}");
    await user.click(screen.getByRole("button", { name: "Create token" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Token validity must be between 3600 and 2592000 seconds for this profile.");
    expect(alert).toHaveTextContent(
      "Intune refused a token valid for 65 years: for this profile it allows up to 30 days. Your choice is kept, and nothing is sent again until you ask.",
    );
    expect(slider).toHaveAttribute("aria-valuetext", "65 years");

    await user.click(within(alert).getByRole("button", { name: "Use 30 days" }));
    expect(slider).toHaveAttribute("aria-valuetext", "30 days");
    expect(screen.getByText("Valid for 30 days")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Validity set to 30 days. Create the token when you are ready.",
    );
    expect(screen.getByRole("button", { name: "Create token" })).toHaveFocus();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(tenant.createTokenRequests).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Create token" }));
    expect(await screen.findByText(/^Token created for “Kiosk devices”/)).toBeInTheDocument();
    expect(tenant.createTokenRequests.map((post) => post.body)).toEqual([
      '{"tokenValidityInSeconds":2051244000}',
      '{"tokenValidityInSeconds":2592000}',
    ]);
  });

  it("says the validity was refused when Intune names no limit, and offers nothing", async () => {
    const tenant = serveProfile({ kind: "dedicated" });
    tenant.failNext("POST", CREATE, 400, "BadRequest", "Token validity is not supported for this profile type.", {
      intune: true,
    });
    const { user } = renderWithProviders(<Harness now={new Date()} kind="dedicated" />);
    await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    await user.click(screen.getByRole("button", { name: "Create token" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Intune refused a token valid for 7 days, and its message names no limit the console can use. Your choice is kept",
    );
    expect(within(alert).queryByRole("button", { name: /^Use / })).not.toBeInTheDocument();
    expect(screen.getByRole("slider", { name: "Token validity" })).toHaveAttribute("aria-valuetext", "7 days");
    expect(tenant.createTokenRequests).toHaveLength(1);
  });

  it("says nothing of the validity for a 400 about something else", async () => {
    const tenant = serveProfile({ kind: "dedicated" });
    tenant.failNext("POST", CREATE, 400, "BadRequest", "The request body is invalid.");
    const { user } = renderWithProviders(<Harness now={new Date()} kind="dedicated" />);
    await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    await user.click(screen.getByRole("button", { name: "Create token" }));
    expect(await screen.findByRole("alert")).not.toHaveTextContent(/Intune refused a token/);
  });
});

describe("ProfileDetails: reading the profile", () => {
  it("shows a busy placeholder while the profile loads", async () => {
    const response = gate();
    serveProfile().hold = { method: "GET", path: DETAIL, release: response.opened };
    renderWithProviders(<Harness now={new Date()} />);
    expect(screen.getByLabelText("Loading profile")).toHaveAttribute("aria-busy", "true");
    response.open();
    expect(await screen.findByRole("heading", { name: "Kiosk devices" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Loading profile")).not.toBeInTheDocument();
  });

  it("shows the current valid token masked, the replace warning, and the details", async () => {
    const now = new Date("2024-05-01T12:00:00Z");
    const expiresAt = new Date("2024-05-08T12:00:00Z");
    serveProfile({ tokenValue: "SECRET-TOKEN", tokenExpirationDateTime: expiresAt.toISOString() });
    const { user } = renderWithProviders(<Harness now={now} />);
    await screen.findByRole("heading", { name: "Kiosk devices" });

    expect(screen.getByText("Lobby tablets for visitors")).toBeInTheDocument();
    expect(screen.getByText("12 enrolled devices")).toBeInTheDocument();
    expect(
      screen.getByText(`Valid until ${formatDateTime(expiresAt)} (${formatDateTimeUtc(expiresAt)})`),
    ).toBeInTheDocument();
    expect(screen.getByText(/replaces the current one for new enrollments/)).toBeInTheDocument();
    expect(screen.queryByText("SECRET-TOKEN")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Show token" }));
    expect(screen.getByRole("group", { name: "Enrollment token" })).toHaveTextContent("SECRET-TOKEN");
  });

  it("says when the current token has expired", async () => {
    const now = new Date("2024-05-01T12:00:00Z");
    serveProfile({ tokenValue: "OLD", tokenExpirationDateTime: "2024-04-01T00:00:00Z" });
    renderWithProviders(<Harness now={now} />);
    expect(await screen.findByText(/^The current token expired 31 days ago, on /)).toBeInTheDocument();
    expect(screen.queryByText(/replaces the current one/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Show token" })).not.toBeInTheDocument();
  });

  it("shows a failed read with the request-id, and Retry reads again", async () => {
    const tenant = serveProfile();
    tenant.failNext("GET", DETAIL, 503, "ServiceUnavailable", "Service busy.", { requestId: "rid-503" });
    const { user } = renderWithProviders(<Harness now={new Date()} />);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The profile could not be loaded");
    expect(alert).toHaveTextContent("Microsoft Graph had a problem (HTTP 503)");
    expect(alert).toHaveTextContent("Service busy.");
    expect(alert).toHaveTextContent("Request ID: rid-503");
    expect(readsOf(tenant)).toHaveLength(1);

    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Kiosk devices" })).toBeInTheDocument();
    expect(readsOf(tenant)).toHaveLength(2);
  });
});

describe("ProfileDetails: every kind of profile", () => {
  /** A device-owner profile of `kind`, served at its own collection. */
  const serveDeviceOwner = (kind: FakeProfile["kind"], overrides: Partial<ProfileInit> = {}) => {
    const tenant = serveProfile({ kind, ...overrides });
    return {
      gets: () => readsOf(tenant).map((r) => new URL(r.url)),
      posts: () => tenant.createTokenRequests.map((r) => r.body),
    };
  };

  it("reads a dedicated profile from the device-owner collection and offers up to 65 years", async () => {
    const tenant = serveDeviceOwner("dedicated");
    const { user } = renderWithProviders(<Harness now={new Date()} kind="dedicated" />);
    await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    expect(screen.getByText("Dedicated")).toBeInTheDocument();
    expect(tenant.gets()[0]?.pathname).toBe(
      `/beta/deviceManagement/androidDeviceOwnerEnrollmentProfiles/${PROFILE_ID}`,
    );
    expect(tenant.gets()[0]?.searchParams.get("$select")?.split(",")).toEqual(
      expect.arrayContaining(["tokenValue", "qrCodeImage", "qrCodeContent", "enrollmentMode"]),
    );
    expect(tenant.gets()[0]?.searchParams.get("$select")).not.toContain("wifiPassword");

    const slider = screen.getByRole("slider", { name: "Token validity" });
    act(() => slider.focus());
    await user.keyboard("{End}");
    expect(slider).toHaveAttribute("aria-valuetext", "65 years");
    expect(screen.getByText("Dedicated tokens can be valid for up to 65 years.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Create token" }));
    await screen.findByText(/^Token created for “Kiosk devices”/);
    expect(tenant.posts()).toEqual(['{"tokenValidityInSeconds":2051244000}']);
  });

  it("says a fully managed profile's default token does not expire, and shows no validity to choose", async () => {
    const tenant = serveDeviceOwner("fullyManaged", {
      tokenValue: "FULLYMANAGED",
      tokenExpirationDateTime: "2089-01-01T00:00:00Z",
    });
    const { user } = renderWithProviders(<Harness now={new Date()} kind="fullyManaged" />);
    await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    expect(
      screen.getByText("The current token does not expire: it stays valid until it is replaced or revoked."),
    ).toBeInTheDocument();
    expect(screen.getByText("Does not expire")).toBeInTheDocument();
    expect(screen.queryByText(/2089/)).not.toBeInTheDocument();
    expect(screen.queryByRole("slider")).not.toBeInTheDocument();
    expect(screen.getByText(/^Tokens of this profile do not expire/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Replace token" }));
    const dialog = screen.getByRole("dialog", { name: "Replace the token of “Kiosk devices”?" });
    expect(within(dialog).getByText("Current token").nextSibling).toHaveTextContent("Does not expire");
    expect(within(dialog).getByText("New token").nextSibling).toHaveTextContent("Does not expire");
    await user.click(within(dialog).getByRole("button", { name: "Replace token" }));
    expect(
      await screen.findByText("Token created for “Kiosk devices”, replacing the previous one. It does not expire."),
    ).toBeInTheDocument();
    expect(tenant.posts()).toEqual(['{"tokenValidityInSeconds":2051244000}']);
  });

  it("lets a staging token of a work profile expire, up to 65 years, and says it is one", async () => {
    serveDeviceOwner("workProfile", { enrollmentTokenType: "deviceStaging" });
    renderWithProviders(<Harness now={new Date()} kind="workProfile" />);
    await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    expect(screen.getByText("Corporate-owned work profile · staging token")).toBeInTheDocument();
    expect(screen.getByRole("slider", { name: "Token validity" })).toBeInTheDocument();
    expect(
      screen.getByText("Corporate-owned work profile tokens can be valid for up to 65 years."),
    ).toBeInTheDocument();
  });

  it("shows an AOSP token as its QR code only, and never the Wi-Fi password Graph may send", async () => {
    const qr = { type: "image/png", value: "iVBORw0KGgo=" };
    serveDeviceOwner("aospUserless", {
      tokenValue: "AOSPTOKENTEXT",
      tokenExpirationDateTime: new Date(Date.now() + 30 * DAY * 1000).toISOString(),
      qrCodeImage: qr,
      wifiSsid: "Contoso-Devices",
      wifiPassword: "wifi-secret-do-not-show",
    });
    const { user, queryClient, container } = renderWithProviders(<Harness now={new Date()} kind="aospUserless" />);
    await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    expect(screen.getByText("AOSP userless")).toBeInTheDocument();
    expect(screen.getByText(/scanning the QR code; the token's text cannot be used/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Show token" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show QR code" }));
    expect(screen.getByRole("img", { name: /QR code/ })).toBeInTheDocument();

    // 90 days at most, and the Wi-Fi password is nowhere: not on screen, not in the query cache.
    const slider = screen.getByRole("slider", { name: "Token validity" });
    act(() => slider.focus());
    await user.keyboard("{End}");
    expect(slider).toHaveAttribute("aria-valuetext", "90 days");
    expect(container.innerHTML).not.toContain("wifi-secret-do-not-show");
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((query) => query.state.data),
      ),
    ).not.toContain("wifi-secret-do-not-show");
  });

  it("keeps the Expires on date in step with the slider, and a date moves the slider", async () => {
    serveDeviceOwner("dedicated");
    const now = new Date(2026, 10, 30, 10, 0, 0);
    renderWithProviders(<Harness now={now} kind="dedicated" />);
    await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    const date = screen.getByLabelText("Expires on");
    expect(date).toHaveValue("2026-12-07");

    fireEvent.change(date, { target: { value: "2027-12-30" } });
    expect(screen.getByText("Valid for 395 days")).toBeInTheDocument();
    expect(screen.getByRole("slider", { name: "Token validity" })).toHaveAttribute("aria-valuetext", "395 days");
    expect(
      screen.getByText(`Expires ${formatDateTime(new Date(2027, 11, 30, 10, 0, 0))}`, { exact: false }),
    ).toBeInTheDocument();
  });

  it("refuses a date outside the kind's range with a message naming the range, and keeps the validity", async () => {
    serveProfile();
    const now = new Date(2026, 10, 30, 10, 0, 0);
    renderWithProviders(<Harness now={now} />);
    await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    const date = screen.getByLabelText("Expires on");

    fireEvent.change(date, { target: { value: "2027-06-01" } });
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText(/^Choose a date from .* to .*\.$/)).toHaveTextContent(
      `Choose a date from ${formatDate(new Date(2026, 11, 1, 10))} to ${formatDate(new Date(2027, 1, 28, 10))}.`,
    );
    expect(screen.getByText("Valid for 7 days")).toBeInTheDocument();

    fireEvent.change(date, { target: { value: "2026-11-30" } });
    expect(date).toHaveAttribute("aria-invalid", "true");
    fireEvent.change(date, { target: { value: "2026-12-31" } });
    expect(date).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Valid for 31 days")).toBeInTheDocument();
  });
});
