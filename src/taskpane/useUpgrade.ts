// «Oppgrader»: the card on the active sheet, copied into the standard layout with the traffic light
// as new sheets (Excel) or a download (browser). Struktur and Trafikklys both offer it.

import { useState } from "react";
import type { Framework } from "../domain/framework";
import { UserError, userMessage } from "../app/errors";
import type { CardHost } from "../app/host";
import { deliver, upgradeGrid } from "../app/new-workbooks";
import type { Notify } from "./notice";
import { deliveredText, T } from "./texts";

export function useUpgrade(
  host: CardHost,
  framework: Framework,
  notify: Notify,
  fileSuffix = "oppgradert",
): { upgrade: () => Promise<void>; upgrading: boolean } {
  const [upgrading, setUpgrading] = useState(false);
  const upgrade = async () => {
    setUpgrading(true);
    notify(null);
    try {
      const grid = await host.readActiveSheet();
      if (!grid) throw new UserError(T.errors.noWorkbook);
      const outcome = await upgradeGrid(grid, framework);
      if (!outcome.bytes) return notify({ intent: "warning", text: outcome.message });
      const fileName = `${grid.name.replace(/[^\p{L}\p{N}]+/gu, "-")}-${fileSuffix}.xlsx`;
      const done = await deliver(host, outcome.bytes, fileName, "current-workbook");
      notify({
        intent: done.fallback ? "warning" : "success",
        text: `${outcome.message} ${deliveredText(done, host.kind, fileName)}`,
      });
    } catch (err) {
      notify({ intent: "error", text: userMessage(err) });
    } finally {
      setUpgrading(false);
    }
  };
  return { upgrade, upgrading };
}
