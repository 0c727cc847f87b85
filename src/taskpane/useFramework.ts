// Which framework judges the cards, for all three tabs: the one the user picked (remembered between
// sessions), else the workbook's own «Rammeverk» sheet, else the default.

import { useEffect, useState } from "react";
import {
  DEFAULT_CHOICE,
  frameworkFromFile,
  rememberedFramework,
  rememberFramework,
  workbookFramework,
  type ChoiceStore,
  type ChosenFramework,
} from "../app/framework";
import { userMessage } from "../app/errors";
import type { CardHost } from "../app/host";
import { fileBytes } from "./FilePickerButton";
import type { Notify } from "./notice";

/** The browser's storage where it may be used (it can be switched off, or throw in private windows). */
export function browserStore(): ChoiceStore | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

export interface FrameworkChoice {
  chosen: ChosenFramework;
  /** The user picked a file (rather than the workbook's own or the default). */
  picked: boolean;
  pick: (file: File) => Promise<void>;
  forget: () => void;
}

/** `workbookKey` changes when another workbook is opened, so its own framework sheet is read again. */
export function useFramework(
  host: CardHost,
  store: ChoiceStore | null,
  workbookKey: unknown,
  notify: Notify,
): FrameworkChoice {
  const [remembered] = useState(() => rememberedFramework(store));
  const [chosen, setChosen] = useState<ChosenFramework>(remembered ?? DEFAULT_CHOICE);
  const [picked, setPicked] = useState(remembered !== null);

  useEffect(() => {
    if (picked) return;
    let current = true;
    workbookFramework(host).then(
      (found) => {
        if (!current) return;
        setChosen((old) => (old.source === found.source && old.framework === found.framework ? old : found));
        if (found.problem) notify({ intent: "warning", text: found.problem });
      },
      () => undefined, // no framework sheet to read: the default stands
    );
    return () => {
      current = false;
    };
  }, [host, picked, workbookKey, notify]);

  const pick = async (file: File) => {
    try {
      const next = await frameworkFromFile(file.name, await fileBytes(file));
      setChosen(next);
      setPicked(true);
      rememberFramework(store, next);
      notify(null);
    } catch (err) {
      notify({ intent: "error", text: userMessage(err) });
    }
  };

  const forget = () => {
    rememberFramework(store, null);
    setChosen(DEFAULT_CHOICE);
    setPicked(false);
  };

  return { chosen, picked, pick, forget };
}
