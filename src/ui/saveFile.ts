/**
 * Saves `contents` (a Blob, or a data: URL) as a file named `fileName`, from the admin's click. The link that
 * does it never enters the page, and a Blob's URL is released once the browser has taken the file.
 */
export function saveFile(fileName: string, contents: Blob | string): void {
  const url = typeof contents === "string" ? contents : URL.createObjectURL(contents);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.click();
  if (typeof contents !== "string") window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
