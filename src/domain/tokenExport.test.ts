import { availableExports, buildExport, mayHoldWifiPassword } from "./tokenExport";

const TOKEN = "ABCDEFGHIJKLMNOPQRST";
const EXTRAS = {
  "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME":
    "com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver",
  "android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM": "I5YvS0O5hXY46mb01BlRjq4oJJGs2kuUcHvVkAPEXlg",
  "android.app.extra.PROVISIONING_DEVICE_ADMIN_PACKAGE_DOWNLOAD_LOCATION":
    "https://play.google.com/managed/downloadManagingApp?identifier=setup",
  "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE": {
    "com.google.android.apps.work.clouddpc.EXTRA_ENROLLMENT_TOKEN": TOKEN,
  },
};
const AOSP_EXTRAS = {
  "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME": "com.microsoft.windowsintune.companyportal/.Receiver",
  "android.app.extra.PROVISIONING_WIFI_SSID": "Contoso-Devices",
  "android.app.extra.PROVISIONING_WIFI_PASSWORD": "wifi-secret",
  "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE": { "com.microsoft.intune.extra.ENROLLMENT_TOKEN": TOKEN },
};
const EXPIRY = "2025-03-01T12:59:59Z";
const dedicated = { qrCodeContent: JSON.stringify(EXTRAS), tokenExpirationDateTime: EXPIRY };
const aosp = { qrCodeContent: btoa(JSON.stringify(AOSP_EXTRAS)), tokenExpirationDateTime: EXPIRY };

describe("buildExport", () => {
  it("builds the admin center's Export token JSON: the decoded provisioning JSON and Graph's expiry", () => {
    const text = buildExport("adminCenter", dedicated);
    expect(JSON.parse(text!)).toEqual({ qrCodeContent: EXTRAS, expirationDate: EXPIRY });
    expect(Object.keys(JSON.parse(text!) as object)).toEqual(["qrCodeContent", "expirationDate"]);
  });

  it("decodes AOSP's base64 qrCodeContent, keeping exactly what Graph put in it", () => {
    expect(JSON.parse(buildExport("adminCenter", aosp)!)).toEqual({
      qrCodeContent: AOSP_EXTRAS,
      expirationDate: EXPIRY,
    });
  });

  it("keeps Graph's expiry as it is, also for a token that does not expire", () => {
    const farAhead = { ...dedicated, tokenExpirationDateTime: "2089-05-01T12:00:00.0000000+00:00" };
    expect(JSON.parse(buildExport("adminCenter", farAhead)!)).toMatchObject({
      expirationDate: "2089-05-01T12:00:00.0000000+00:00",
    });
  });

  it("never carries a field the console holds beside Graph's qrCodeContent (such as wifiPassword)", () => {
    const withConsoleFields = { ...dedicated, wifiPassword: "never", tokenValue: TOKEN, displayName: "Kiosk" };
    const text = buildExport("adminCenter", withConsoleFields)!;
    expect(text).not.toContain("never");
    expect(text).not.toContain("wifiPassword");
    expect(text).not.toContain("Kiosk");
  });

  it("builds Zero-touch DPC extras: the provisioning JSON", () => {
    expect(JSON.parse(buildExport("zeroTouch", dedicated)!)).toEqual(EXTRAS);
  });

  it("builds the Knox Mobile Enrollment custom JSON: the admin extras bundle's contents", () => {
    expect(JSON.parse(buildExport("knox", dedicated)!)).toEqual({
      "com.google.android.apps.work.clouddpc.EXTRA_ENROLLMENT_TOKEN": TOKEN,
    });
  });

  it("builds nothing without a readable qrCodeContent, or Knox JSON without an extras bundle", () => {
    expect(buildExport("adminCenter", { qrCodeContent: null, tokenExpirationDateTime: EXPIRY })).toBeNull();
    expect(buildExport("zeroTouch", { qrCodeContent: "not json", tokenExpirationDateTime: EXPIRY })).toBeNull();
    expect(buildExport("knox", { qrCodeContent: JSON.stringify({ a: 1 }) })).toBeNull();
    expect(buildExport("adminCenter", { qrCodeContent: JSON.stringify({ a: 1 }) })).toBe(
      JSON.stringify({ qrCodeContent: { a: 1 }, expirationDate: null }, null, 2),
    );
  });
});

describe("availableExports", () => {
  it("offers every format for Android Enterprise kinds, and only the admin center's for AOSP", () => {
    expect(availableExports("androidEnterprise", dedicated)).toEqual(["adminCenter", "zeroTouch", "knox"]);
    expect(availableExports("aosp", aosp)).toEqual(["adminCenter"]);
  });

  it("offers nothing without a token's qrCodeContent", () => {
    expect(availableExports("androidEnterprise", { qrCodeContent: null })).toEqual([]);
  });
});

describe("mayHoldWifiPassword", () => {
  it("is true for AOSP, and wherever the provisioning JSON carries a Wi-Fi password", () => {
    expect(mayHoldWifiPassword("aosp", { qrCodeContent: null })).toBe(true);
    expect(mayHoldWifiPassword("androidEnterprise", dedicated)).toBe(false);
    expect(mayHoldWifiPassword("androidEnterprise", { qrCodeContent: JSON.stringify(AOSP_EXTRAS) })).toBe(true);
  });
});
