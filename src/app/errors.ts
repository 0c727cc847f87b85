// Errors as the user should read them. Our own errors already speak Norwegian and say what to do;
// Excel's errors and defects are wrapped so the user still knows the next step.

/** Errors the engine and hosts raise on purpose, with messages written for the user. */
const OWN_ERRORS = new Set(["WorkbookReadError", "FrameworkError", "UserError"]);

/** An error whose message is written for the user (Norwegian, with what to do next). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

export function userMessage(err: unknown): string {
  if (err instanceof Error && OWN_ERRORS.has(err.name)) return err.message;
  // Office.js rejects with OfficeExtension.Error, whose code names the problem ("InvalidArgument", …).
  const office = err as { code?: unknown; message?: unknown; debugInfo?: unknown } | null;
  if (office && typeof office.code === "string" && office.debugInfo !== undefined)
    return `Excel avviste endringen (${office.code}: ${String(office.message)}). Lukk eventuelle dialoger i Excel, sjekk at arket ikke er beskyttet, og prøv igjen.`;
  const detail = err instanceof Error ? err.message : String(err);
  return `Uventet feil: ${detail}. Prøv igjen; hvis feilen kommer tilbake, meld fra til den som drifter tillegget.`;
}
