import { fakeQrPng } from "./qrPng";

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** The PNG's chunks: type and data. */
function chunks(png: Uint8Array) {
  const view = new DataView(png.buffer);
  const found: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    found.push({
      type: String.fromCharCode(...png.subarray(at + 4, at + 8)),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  return found;
}

describe("the fake QR image", () => {
  it("is a PNG a browser can decode: 29 × 29 greyscale, its pixels in a zlib stream", async () => {
    const png = bytesOf(fakeQrPng("SOMETOKEN"));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [header, data, end] = chunks(png);
    expect(header!.type).toBe("IHDR");
    expect([...header!.data]).toEqual([0, 0, 0, 29, 0, 0, 0, 29, 8, 0, 0, 0, 0]);
    expect(end!.type).toBe("IEND");
    const stream = new Response(Uint8Array.from(data!.data)).body!.pipeThrough(new DecompressionStream("deflate"));
    const rows = new Uint8Array(await new Response(stream).arrayBuffer());
    expect(rows.length).toBe(30 * 29);
    // Every row starts with filter type 0; the top-left finder square is dark at its corner.
    expect(Array.from({ length: 29 }, (_, y) => rows[y * 30])).toEqual(Array(29).fill(0));
    expect(rows[1]).toBe(0);
  });

  it("differs from token to token, and is the same for the same token", () => {
    expect(fakeQrPng("A")).toBe(fakeQrPng("A"));
    expect(fakeQrPng("A")).not.toBe(fakeQrPng("B"));
  });
});
