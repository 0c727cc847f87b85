// The card on the active sheet, checked by the engine, kept fresh: on demand, and (when the user
// wants it) again after the workbook changes, debounced so typing a result does not re-read the
// sheet on every keystroke.

import { useCallback, useEffect, useRef, useState } from "react";
import type { Framework } from "../domain/framework";
import type { CardHost } from "../app/host";
import { checkActiveSheet, type CardCheck } from "../app/validate";
import { userMessage } from "../app/errors";

export const CHANGE_DEBOUNCE_MS = 800;

export interface CardCheckState {
  check: CardCheck | null;
  busy: boolean;
  error: string | null;
  refresh: () => Promise<void>;
}

export function useCardCheck(host: CardHost, framework: Framework, live: boolean): CardCheckState {
  const [check, setCheck] = useState<CardCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the latest request may set the result: an older, slower read must not overwrite a newer one.
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    setBusy(true);
    try {
      const next = await checkActiveSheet(host, framework);
      if (mine === generation.current) {
        setCheck(next);
        setError(null);
      }
    } catch (err) {
      if (mine === generation.current) setError(userMessage(err));
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  }, [host, framework]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), CHANGE_DEBOUNCE_MS);
    };
    host.onChanged(changed).then(
      (remove) => (cancelled ? void remove() : (stop = remove)),
      () => undefined, // without change events the user validates by hand; the button is always there
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
      void stop?.();
    };
  }, [host, live, refresh]);

  return { check, busy, error, refresh };
}
