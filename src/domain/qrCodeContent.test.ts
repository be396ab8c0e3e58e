import { decodeQrCodeContent } from "./qrCodeContent";

const EXTRAS = {
  "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME":
    "com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver",
  "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE": {
    "com.google.android.apps.work.clouddpc.EXTRA_ENROLLMENT_TOKEN": "ABCDEFGHIJ",
  },
  "android.app.extra.PROVISIONING_WIFI_SSID": "Contoso – Gäste",
};
const json = JSON.stringify(EXTRAS);
const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

describe("decodeQrCodeContent", () => {
  it("reads the provisioning JSON as it is", () => {
    expect(decodeQrCodeContent(json)).toEqual(EXTRAS);
    expect(decodeQrCodeContent(`  ${json}\n`)).toEqual(EXTRAS);
  });

  it("reads base64-encoded JSON (AOSP), UTF-8 included, standard or URL-safe, padded or not", () => {
    const encoded = base64(json);
    expect(decodeQrCodeContent(encoded)).toEqual(EXTRAS);
    expect(decodeQrCodeContent(encoded.replace(/=+$/, ""))).toEqual(EXTRAS);
    expect(decodeQrCodeContent(encoded.replace(/\+/g, "-").replace(/\//g, "_"))).toEqual(EXTRAS);
  });

  it.each([
    [null],
    [undefined],
    [""],
    ["   "],
    ["not json"],
    ["[1,2]"],
    ["{broken"],
    [btoa("[1]")],
    ["%%%"],
    [btoa("\xff\xfe")],
  ])("returns null for %j", (content) => {
    expect(decodeQrCodeContent(content)).toBeNull();
  });
});
