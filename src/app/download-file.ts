// Content → a file the browser downloads. Side effect: a download.

/** Downloads `content` as `fileName`. */
export function downloadFile(content: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; revoke later anyway, some browsers read lazily.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
