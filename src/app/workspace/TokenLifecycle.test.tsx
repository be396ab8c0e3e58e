import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { FakeTenant } from "../../fake-tenant/fakeTenant";
import { NO_TOKEN } from "../../fake-tenant/intuneRules";
import { profile, type ProfileInit } from "../../fake-tenant/profiles";
import { serveFakeTenant } from "../../test/fakeTenant";
import { renderWithProviders } from "../../test/render";
import { formatDateTime, formatDateTimeUtc } from "../../i18n";
import { DAY } from "../../domain/duration";
import type { ProfileKindId } from "../../domain/profileKinds";
import { ProfileDetails } from "../../features/profile-list/ProfileDetails";
import { WorkspacePage } from "./WorkspacePage";

const PROFILE_ID = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
const TOKEN = "ABCDEFGHIJKLMNOPQRST";
const NOW = new Date();
const EXPIRES = new Date(NOW.getTime() + 20 * DAY * 1000);
const EXTRAS = {
  "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME":
    "com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver",
  "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE": {
    "com.google.android.apps.work.clouddpc.EXTRA_ENROLLMENT_TOKEN": TOKEN,
  },
};
const QR_IMAGE = {
  type: "image/png",
  value: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
};

const withToken: Partial<ProfileInit> = {
  kind: "dedicated",
  id: PROFILE_ID,
  displayName: "Kiosk devices",
  enrolledDeviceCount: 1234,
  tokenValue: TOKEN,
  tokenExpirationDateTime: EXPIRES.toISOString(),
  tokenCreationDateTime: NOW.toISOString(),
  qrCodeContent: JSON.stringify(EXTRAS),
  qrCodeImage: QR_IMAGE,
};
const withoutToken: Partial<ProfileInit> = {
  ...withToken,
  tokenValue: null,
  tokenExpirationDateTime: NO_TOKEN,
  tokenCreationDateTime: NO_TOKEN,
  qrCodeContent: null,
  qrCodeImage: null,
};

/** A Blob's text, read the way jsdom's Blob allows. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable blob"));
    reader.readAsText(blob);
  });
}

/** One device-owner profile in the fake tenant. */
const serve = (init: Partial<ProfileInit>) => serveFakeTenant({ profiles: [profile({ displayName: null, ...init })] });

const revokesOf = (tenant: FakeTenant) =>
  tenant.requests
    .filter((r) => r.method === "POST" && r.url.endsWith("/revokeToken"))
    .map((r) => ({ body: r.body ?? "", contentType: r.contentType }));
const readsOf = (tenant: FakeTenant) =>
  tenant.requests.filter((r) => r.method === "GET" && new URL(r.url).pathname.endsWith(PROFILE_ID));
const createsOf = (tenant: FakeTenant) => tenant.createTokenRequests.map((r) => r.body);

async function renderDetails(kind: ProfileKindId = "dedicated") {
  const rendered = renderWithProviders(<ProfileDetails selected={{ kind, id: PROFILE_ID }} now={NOW} />);
  await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
  return rendered;
}

describe("replacing a token", () => {
  it("asks first, with both expiries and the enrolled devices; Cancel sends nothing; confirming sends one POST", async () => {
    const tenant = serve(withToken);
    const { user } = await renderDetails();
    expect(screen.queryByRole("button", { name: "Create token" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Replace token" }));
    const dialog = screen.getByRole("dialog", { name: "Replace the token of “Kiosk devices”?" });
    expect(
      within(dialog)
        .getAllByRole("term")
        .map((term) => term.textContent),
    ).toEqual(["Current token", "New token", "Enrolled devices"]);
    const [current, next, devices] = within(dialog).getAllByRole("definition");
    expect(current).toHaveTextContent(
      `Valid until ${formatDateTime(EXPIRES)} (${formatDateTimeUtc(EXPIRES)}), expires in 20 days`,
    );
    expect(next).toHaveTextContent(/^Valid for 7 days, until /);
    expect(devices).toHaveTextContent((1234).toLocaleString());
    expect(dialog).toHaveAccessibleDescription(/^Devices already enrolled keep working\./);

    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(createsOf(tenant)).toEqual([]);
    // Cancel hands focus back to the button that opened the dialog.
    expect(screen.getByRole("button", { name: "Replace token" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Replace token" }));
    const confirm = within(screen.getByRole("dialog")).getByRole("button", { name: "Replace token" });
    act(() => {
      fireEvent.click(confirm);
      fireEvent.click(confirm);
    });
    expect(
      await screen.findByText(/^Token created for “Kiosk devices”, replacing the previous one\. It is valid until /),
    ).toBeInTheDocument();
    expect(createsOf(tenant)).toEqual(['{"tokenValidityInSeconds":604800}']);
    // Once the dialog has closed, focus goes to the result: the current token, now the new one.
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole("heading", { name: "Current token" })).toHaveFocus());
  });

  it("creates with one click, without asking, when there is no token to replace", async () => {
    const tenant = serve(withoutToken);
    const { user } = await renderDetails();
    await user.click(screen.getByRole("button", { name: "Create token" }));
    expect(await screen.findByText(/^Token created for “Kiosk devices”\. It is valid until /)).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(createsOf(tenant)).toHaveLength(1);
  });
});

describe("revoking a token", () => {
  it("asks first, sends exactly one POST without a body, then shows the re-read profile without a token and a toast", async () => {
    const tenant = serve(withToken);
    const { user } = await renderDetails();
    await user.click(screen.getByRole("button", { name: "Revoke token" }));
    const dialog = screen.getByRole("dialog", { name: "Revoke the token of “Kiosk devices”?" });
    expect(dialog).toHaveAccessibleDescription(/^The token and its QR code stop working at once/);
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(revokesOf(tenant)).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Revoke token" }));
    const confirm = within(screen.getByRole("dialog")).getByRole("button", { name: "Revoke token" });
    act(() => {
      fireEvent.click(confirm);
      fireEvent.click(confirm);
    });
    expect(
      await screen.findByText(
        "Token revoked for “Kiosk devices”. New devices cannot enroll with this profile until a new token is created.",
      ),
    ).toBeInTheDocument();
    expect(revokesOf(tenant)).toEqual([{ body: "", contentType: null }]);
    expect(readsOf(tenant)).toHaveLength(2);
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const current = screen.getByRole("region", { name: "Current token" });
    expect(within(current).getByText("This profile has no token yet. Create one below.")).toBeInTheDocument();
    expect(within(current).getByRole("button", { name: "Revoke token" })).toHaveAttribute("aria-disabled", "true");
    // Focus went to what came of it: the current token, which has none now.
    expect(within(current).getByRole("heading", { name: "Current token" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Create token" })).toBeInTheDocument();
  });

  it("is disabled with the reason when there is no token, and so are print and export; the reason can be focused", async () => {
    const tenant = serve(withoutToken);
    const { user } = await renderDetails();
    for (const name of ["Revoke token", "Export token", "Print QR code"]) {
      const button = screen.getByRole("button", { name });
      expect(button).toHaveAttribute("aria-disabled", "true");
      expect(button).toHaveAccessibleDescription("There is no token to revoke, export or print.");
      await user.click(button);
      expect(button).toHaveFocus();
    }
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(revokesOf(tenant)).toEqual([]);
  });

  it("never repeats a revoke that may have run (503): the alert says so and the profile is read again", async () => {
    const tenant = serve(withToken);
    tenant.failNext("POST", /\/revokeToken$/, 503, "ServiceUnavailable", "Busy.");
    const { user } = await renderDetails();
    await user.click(screen.getByRole("button", { name: "Revoke token" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Revoke token" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The token was not revoked");
    expect(alert).toHaveTextContent("The token may or may not have been revoked.");
    await waitFor(() => expect(readsOf(tenant)).toHaveLength(2));
    expect(revokesOf(tenant)).toHaveLength(1);
  });

  it("retries a throttled revoke (429, not executed) on its own, and revokes once", async () => {
    const tenant = serve(withToken);
    tenant.failNext("POST", /\/revokeToken$/, 429, "TooManyRequests", "Slow down.", {
      headers: { "retry-after": "0" },
    });
    const { user } = await renderDetails();
    await user.click(screen.getByRole("button", { name: "Revoke token" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Revoke token" }));
    expect(await screen.findByText(/^Token revoked for “Kiosk devices”/)).toBeInTheDocument();
    expect(revokesOf(tenant)).toHaveLength(2);
  });
});

describe("revoking the token of a profile deleted meanwhile", () => {
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("keeps the 404 on screen, with its request-id, after the list drops the profile", async () => {
    const tenant = serve({ ...withToken, kind: "legacy" });
    window.history.replaceState(null, "", `/?kind=legacy&profile=${PROFILE_ID}`);
    const { user } = renderWithProviders(<WorkspacePage />, { toast: false });
    await screen.findByRole("heading", { name: "Kiosk devices", level: 2 });
    // Deleted in Intune meanwhile: revokeToken answers 404, and the list read again no longer has it.
    tenant.profiles = [];
    await user.click(screen.getByRole("button", { name: "Revoke token" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Revoke token" }));
    await waitFor(() => expect(screen.queryByRole("link", { name: "Kiosk devices" })).not.toBeInTheDocument());
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The token was not revoked");
    expect(alert).toHaveTextContent("This profile was deleted or is no longer available");
    const [revoke] = tenant.requests.filter((r) => r.url.endsWith("/revokeToken"));
    expect(revoke!.status).toBe(404);
    expect(alert).toHaveTextContent(`Request ID: ${revoke!.requestId}`);
  });
});

describe("exporting a token", () => {
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;
  afterEach(() => {
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
    vi.restoreAllMocks();
  });

  it("builds the admin center's file on the click, named after the profile and the date, never the token", async () => {
    serve(withToken);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:export";
    });
    URL.revokeObjectURL = vi.fn();
    const saved: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ download: this.download, href: this.href });
    });
    const { user, container } = await renderDetails();
    await user.click(screen.getByRole("button", { name: "Export token" }));
    const dialog = screen.getByRole("dialog", { name: "Export the token of “Kiosk devices”" });
    expect(blobs).toEqual([]);

    await user.click(within(dialog).getByRole("button", { name: "Download JSON file" }));
    expect(saved).toEqual([
      {
        download: expect.stringMatching(/^Kiosk devices enrollment token \d{4}-\d\d-\d\d\.json$/),
        href: "blob:export",
      },
    ]);
    expect(blobs[0]?.type).toBe("application/json");
    expect(JSON.parse(await readBlob(blobs[0]!))).toEqual({
      qrCodeContent: EXTRAS,
      expirationDate: EXPIRES.toISOString(),
    });
    expect(container.ownerDocument.body.innerHTML).not.toContain(TOKEN);

    await user.click(within(dialog).getByRole("button", { name: "Copy custom JSON" }));
    expect(within(dialog).getByRole("status")).toHaveTextContent("Copied to the clipboard.");
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual({
      "com.google.android.apps.work.clouddpc.EXTRA_ENROLLMENT_TOKEN": TOKEN,
    });
  });
});

describe("printing the QR code", () => {
  afterEach(() => vi.restoreAllMocks());

  it("shows the sheet with Intune's QR code, and calls the browser's print once the image has loaded", async () => {
    serve(withToken);
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    const { user } = await renderDetails();
    expect(screen.queryByRole("img", { name: /QR code/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Print QR code" }));
    const dialog = screen.getByRole("dialog", { name: "Print the QR code" });
    const sheet = within(dialog).getByRole("region", { name: "Kiosk devices" });
    expect(within(sheet).getByText("Dedicated")).toBeInTheDocument();
    expect(within(sheet).getByText(formatDateTimeUtc(EXPIRES))).toBeInTheDocument();
    expect(sheet).toHaveTextContent("Anyone who has this QR code can enroll a device");

    const image = await within(sheet).findByRole("img", { name: "QR code that enrolls a device with this token" });
    expect(image).toHaveAttribute("src", `data:image/png;base64,${QR_IMAGE.value}`);
    const printButton = within(dialog).getByRole("button", { name: "Print" });
    expect(printButton).toBeDisabled();
    fireEvent.load(image);
    await user.click(printButton);
    expect(print).toHaveBeenCalledTimes(1);
  });

  describe("when Intune's image does not decode", () => {
    // jsdom decodes no image: this stands in for the browser's HTMLImageElement.decode, refusing Intune's bytes.
    beforeEach(() => {
      Object.defineProperty(HTMLImageElement.prototype, "decode", {
        configurable: true,
        value(this: HTMLImageElement) {
          return this.src.includes(BROKEN_PNG)
            ? Promise.reject(new DOMException("The source image cannot be decoded.", "EncodingError"))
            : Promise.resolve();
        },
      });
    });
    afterEach(() => {
      Reflect.deleteProperty(HTMLImageElement.prototype, "decode");
    });
    const BROKEN_PNG = "iVBORw0KGgoAAAAAAAAAAAAAAAAAAAAAAAAA";

    it("prints the QR code made from qrCodeContent instead, and says so", async () => {
      serve({ ...withToken, qrCodeImage: { type: "image/png", value: BROKEN_PNG } });
      const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
      const { user } = await renderDetails();
      await user.click(screen.getByRole("button", { name: "Print QR code" }));
      const dialog = screen.getByRole("dialog", { name: "Print the QR code" });
      const image = await within(dialog).findByRole("img", { name: "QR code that enrolls a device with this token" });
      expect(image.getAttribute("src")).toMatch(/^data:image\/gif;base64,/);
      expect(dialog).toHaveTextContent(
        "Intune's QR code image could not be read: the console made this QR code from the token's QR code content instead.",
      );
      fireEvent.load(image);
      await user.click(within(dialog).getByRole("button", { name: "Print" }));
      expect(print).toHaveBeenCalledTimes(1);
    });

    it("says that no QR code can be shown when there is no content to make one from", async () => {
      serve({ ...withToken, qrCodeImage: { type: "image/png", value: BROKEN_PNG }, qrCodeContent: null });
      const { user } = await renderDetails();
      // Without QR code content there is nothing to export or print; Intune's image was all there was to show.
      expect(screen.getByRole("button", { name: "Print QR code" })).toHaveAttribute("aria-disabled", "true");
      await user.click(screen.getByRole("button", { name: "Show QR code" }));
      expect(
        await screen.findByText(
          "Intune's QR code image could not be read, and there is no QR code content to make one from: no QR code can be shown or printed.",
        ),
      ).toBeInTheDocument();
      expect(screen.queryByRole("img", { name: /QR code/ })).not.toBeInTheDocument();
    });
  });

  it("says a token that does not expire does not, instead of a date", async () => {
    serve({ ...withToken, kind: "fullyManaged", tokenExpirationDateTime: "2089-01-01T00:00:00Z" });
    const { user } = await renderDetails("fullyManaged");
    await user.click(screen.getByRole("button", { name: "Print QR code" }));
    const sheet = within(screen.getByRole("dialog")).getByRole("region", { name: "Kiosk devices" });
    expect(sheet).toHaveTextContent("Does not expire: valid until the token is replaced or revoked.");
    expect(sheet).not.toHaveTextContent("2089");
  });
});
