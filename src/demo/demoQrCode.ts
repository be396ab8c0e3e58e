import type { MimeContent } from "@microsoft/microsoft-graph-types-beta";

const SIZE = 29;

/**
 * A QR-looking PNG for a demo token, in Graph's mimeContent shape: finder squares and modules derived from the
 * token. Like the demo's tokens it enrolls nothing; it shows where Intune's real QR code appears.
 */
export function demoQrCode(token: string): MimeContent | null {
  const canvas = document.createElement("canvas");
  canvas.width = SIZE;
  canvas.height = SIZE;
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.fillStyle = "#fff";
  context.fillRect(0, 0, SIZE, SIZE);
  context.fillStyle = "#000";
  let hash = 2166136261;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      hash = Math.imul(hash ^ token.charCodeAt((x + y * SIZE) % token.length), 16777619);
      if (hash & 1) context.fillRect(x, y, 1, 1);
    }
  }
  for (const [ox, oy] of [
    [0, 0],
    [SIZE - 7, 0],
    [0, SIZE - 7],
  ] as const) {
    context.fillRect(ox, oy, 7, 7);
    context.clearRect(ox + 1, oy + 1, 5, 5);
    context.fillStyle = "#fff";
    context.fillRect(ox + 1, oy + 1, 5, 5);
    context.fillStyle = "#000";
    context.fillRect(ox + 2, oy + 2, 3, 3);
  }
  return { type: "image/png", value: canvas.toDataURL("image/png").replace(/^data:image\/png;base64,/, "") };
}
