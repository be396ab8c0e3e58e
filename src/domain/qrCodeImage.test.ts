import { qrCodeImage } from "./qrCodeImage";

describe("qrCodeImage", () => {
  it("turns Graph's base64 PNG into a data: URL", () => {
    expect(qrCodeImage({ type: "image/png", value: "iVBORw0KGgo=" })).toEqual({
      src: "data:image/png;base64,iVBORw0KGgo=",
      extension: "png",
    });
  });

  it("refuses anything that is not a plain base64 raster image", () => {
    expect(qrCodeImage(null)).toBeNull();
    expect(qrCodeImage({ type: null, value: "iVBORw0KGgo=" })).toBeNull();
    expect(qrCodeImage({ type: "image/svg+xml", value: "PHN2Zz4=" })).toBeNull();
    expect(qrCodeImage({ type: "text/html", value: "PGI+" })).toBeNull();
    expect(qrCodeImage({ type: "image/png", value: 'abc" onerror="x' })).toBeNull();
    expect(qrCodeImage({ type: "image/png", value: "" })).toBeNull();
  });
});
