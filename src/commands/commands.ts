// The ribbon's function file. «Oppdater trafikklys» runs the same use case as the pane's Trafikklys
// tab; a function command cannot show UI, so what went wrong is shown in a small dialog. «Valider»
// and «Konsolider» open the pane instead (see manifest.xml).

import { userMessage } from "../app/errors";
import { workbookFramework } from "../app/framework";
import type { CardHost } from "../app/host";
import { refreshTrafficLight } from "../app/traffic-light";
import { createExcelHost } from "../excel/office-host";

/** Refreshes the traffic light on the active sheet; what cannot be done is told through `tell`. Never throws. */
export async function refreshTrafficLightOn(
  host: CardHost,
  tell: (message: string) => Promise<void>,
): Promise<void> {
  let message: string | null;
  try {
    const { framework } = await workbookFramework(host);
    const outcome = await refreshTrafficLight(host, framework);
    message = outcome.ok ? null : outcome.message;
  } catch (err) {
    message = userMessage(err);
  }
  if (message !== null) await tell(message).catch(() => undefined);
}

/** The dialog's address beside this page, with the message as a parameter (the page shows it as text). */
export function dialogUrl(pageUrl: string, message: string): string {
  const url = new URL("dialog.html", pageUrl);
  url.searchParams.set("melding", message);
  return url.toString();
}

/**
 * Shows the message in a dialog and resolves when it is closed («Lukk» or the dialog's own close
 * button), or at once where dialogs are not supported (DialogApi 1.1) or cannot open.
 */
export function showDialog(message: string): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return resolve();
    Office.context.ui.displayDialogAsync(
      dialogUrl(window.location.href, message),
      { height: 35, width: 35, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        // Closed with the window's own button (12006), or the dialog failed.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}

/** The ExecuteFunction entry point. completed() comes after the dialog closes: it would close the dialog. */
async function refreshTrafficLightCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshTrafficLightOn(createExcelHost(), showDialog);
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
  // The function file's classic contract is a global function named as in the manifest; newer
  // runtimes also take Office.actions.associate.
  (globalThis as Record<string, unknown>).refreshTrafficLight = refreshTrafficLightCommand;
  (
    Office as { actions?: { associate(id: string, fn: (event: Office.AddinCommands.Event) => void): void } }
  ).actions?.associate("refreshTrafficLight", refreshTrafficLightCommand);
}
