import { createHash } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";

const SIZE = 29;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A QR-looking PNG (finder squares and modules derived from the text), as Intune's qrCodeImage carries one. */
export function fakeQrPng(text: string): string {
  const bits = createHash("sha512").update(text).digest();
  const dark = (x: number, y: number) => {
    for (const [ox, oy] of [
      [0, 0],
      [SIZE - 7, 0],
      [0, SIZE - 7],
    ] as const) {
      const dx = x - ox;
      const dy = y - oy;
      if (dx >= 0 && dx < 7 && dy >= 0 && dy < 7)
        return dx === 0 || dy === 0 || dx === 6 || dy === 6 || (dx > 1 && dx < 5 && dy > 1 && dy < 5);
    }
    const i = (y * SIZE + x) % (bits.length * 8);
    return ((bits[i >> 3]! >> (i & 7)) & 1) === 1;
  };
  const rows = Buffer.alloc((SIZE + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    rows[y * (SIZE + 1)] = 0;
    for (let x = 0; x < SIZE; x++) rows[y * (SIZE + 1) + 1 + x] = dark(x, y) ? 0 : 255;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return png.toString("base64");
}
