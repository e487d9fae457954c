/**
 * Saves text as a file: a Blob behind an object URL, clicked through a temporary <a download>.
 * Every export on the roadmap page (calendar, Markdown, progress) goes through here.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns: free the URL once they have had the chance.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
