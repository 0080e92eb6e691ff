/** The one place that touches Blob URLs: saves a file the user asked for. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const downloadText = (text: string, fileName: string, type: string) =>
  downloadBlob(new Blob([text], { type }), fileName);
