const SIZE = 29;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const uint32 = (value: number) => [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];

function chunk(type: string, data: number[]): number[] {
  const body = new Uint8Array([...Array.from(type, (c) => c.charCodeAt(0)), ...data]);
  return [...uint32(data.length), ...body, ...uint32(crc32(body))];
}

/** zlib around deflate's stored (uncompressed) blocks: a valid stream without a compressor. */
function zlibStored(data: Uint8Array): number[] {
  const out = [0x78, 0x01];
  for (let at = 0; at === 0 || at < data.length; at += 0xffff) {
    const block = data.subarray(at, at + 0xffff);
    const last = at + 0xffff >= data.length ? 1 : 0;
    out.push(last, block.length & 0xff, block.length >> 8, ~block.length & 0xff, (~block.length >> 8) & 0xff, ...block);
  }
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return [...out, ...uint32(((b << 16) | a) >>> 0)];
}

/**
 * A QR-looking PNG for a token, base64 as Intune's qrCodeImage carries it: finder squares and modules derived from
 * the text. Like the fake's tokens it enrolls nothing. Plain TypeScript, so it runs in the page (the demo) and in
 * Node (the tests) alike.
 */
export function fakeQrPng(text: string): string {
  let hash = 2166136261;
  const dark = (x: number, y: number) => {
    for (const [ox, oy] of [
      [0, 0],
      [SIZE - 7, 0],
      [0, SIZE - 7],
    ] as const) {
      const dx = x - ox;
      const dy = y - oy;
      if (dx >= 0 && dx < 7 && dy >= 0 && dy < 7) {
        return dx === 0 || dy === 0 || dx === 6 || dy === 6 || (dx > 1 && dx < 5 && dy > 1 && dy < 5);
      }
    }
    hash = Math.imul(hash ^ text.charCodeAt((x + y * SIZE) % Math.max(1, text.length)), 16777619);
    return (hash & 1) === 1;
  };
  const rows = new Uint8Array((SIZE + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) rows[y * (SIZE + 1) + 1 + x] = dark(x, y) ? 0 : 255;
  }
  // Width, height, 8-bit greyscale, no interlace.
  const header = [...uint32(SIZE), ...uint32(SIZE), 8, 0, 0, 0, 0];
  const png = [
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk("IHDR", header),
    ...chunk("IDAT", zlibStored(rows)),
    ...chunk("IEND", []),
  ];
  return btoa(String.fromCharCode(...png));
}
