// The ribbon's message dialog: shows the Norwegian message it was opened with and closes on «Lukk».
// The message is set as text, never as HTML: it can quote a sheet name, which is the user's data.

/** The message the caller put in the address, or a plain fallback. */
export function messageFrom(search: string): string {
  return new URLSearchParams(search).get("melding") ?? "Målekort kunne ikke fullføre kommandoen. Prøv igjen.";
}

/** The page's two elements, as far as the dialog uses them. */
export interface DialogPage {
  getElementById(
    id: string,
  ): { textContent: string | null; addEventListener(type: "click", fn: () => void): void } | null;
}

/** Fills the page and wires «Lukk» to tell the command (the dialog's parent) to close it. */
export function showMessage(page: DialogPage, search: string, close: () => void): void {
  const text = page.getElementById("melding");
  if (text) text.textContent = messageFrom(search);
  page.getElementById("lukk")?.addEventListener("click", close);
}

// In the browser, once Office is ready. The guard keeps the module importable in tests.
if (typeof Office !== "undefined")
  Office.onReady(() =>
    showMessage(document, window.location.search, () => Office.context.ui.messageParent("lukk")),
  );
