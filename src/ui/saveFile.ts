/**
 * Saves `contents` as a file named `fileName`, from the admin's click. The file goes through an object URL, never a
 * data: URL (the browser's download history keeps a download's URL, and a data: URL is the file itself). The link
 * that does it never enters the page, and the URL is released once the browser has taken the file.
 */
export function saveFile(fileName: string, contents: Blob): void {
  const url = URL.createObjectURL(contents);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
