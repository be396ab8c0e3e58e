import { graphQrImage } from "./qrCode";

describe("graphQrImage: the QR code Intune renders", () => {
  it("turns Graph's base64 PNG into a data: URL", () => {
    expect(graphQrImage({ type: "image/png", value: "iVBORw0KGgo=" })).toEqual({
      src: "data:image/png;base64,iVBORw0KGgo=",
      extension: "png",
    });
  });

  it("refuses anything that is not a plain base64 raster image", () => {
    expect(graphQrImage(null)).toBeNull();
    expect(graphQrImage({ type: null, value: "iVBORw0KGgo=" })).toBeNull();
    expect(graphQrImage({ type: "image/svg+xml", value: "PHN2Zz4=" })).toBeNull();
    expect(graphQrImage({ type: "text/html", value: "PGI+" })).toBeNull();
    expect(graphQrImage({ type: "image/png", value: 'abc" onerror="x' })).toBeNull();
    expect(graphQrImage({ type: "image/png", value: "" })).toBeNull();
  });
});
