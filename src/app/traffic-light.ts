// «Oppdater trafikklys»: the native traffic light (status formulas, colour rules, dropdowns) written
// into the canonical card on the active sheet. The pane's Trafikklys tab and the ribbon button both
// call this, so they cannot differ.

import type { Framework } from "../domain/framework";
import { FRAMEWORK_SHEET, frameworkAreaRows, isFrameworkSheet } from "../workbook/framework-sheet";
import { readScorecard } from "../workbook/read-scorecard";
import { inPlaceObstacle, trafficLightInPlace } from "../workbook/traffic-light";
import { userMessage } from "./errors";
import type { CardHost } from "./host";
import type { CardCheck } from "./validate";

export type TrafficLightOutcome =
  | {
      ok: true;
      /** Indicators now judged by the card's own formulas. */
      rows: number;
      /** 1-based rows left as they were: statuses set at an upgrade for rules no formula can judge. */
      kept: number[];
    }
  | { ok: false; message: string };

export async function refreshTrafficLight(
  host: CardHost,
  framework: Framework,
): Promise<TrafficLightOutcome> {
  if (!host.capabilities.writeInPlace)
    return {
      ok: false,
      message:
        "Trafikklyset kan bare skrives inn i kortet når målekortet er åpent i Excel. Åpne arbeidsboken i Excel og prøv igjen.",
    };
  try {
    const grid = await host.readActiveSheet();
    if (!grid) return { ok: false, message: "Ingen arbeidsbok er åpen. Åpne målekortet og prøv igjen." };
    // The dropdowns for Fokusområde and Hovedmål read the workbook's «Rammeverk»; without it they are left out.
    const frameworkGrid = await host.readSheet(FRAMEWORK_SHEET);
    const frameworkSheet =
      frameworkGrid && isFrameworkSheet(frameworkGrid)
        ? { sheet: FRAMEWORK_SHEET, focusAreaCount: frameworkAreaRows(frameworkGrid) }
        : null;
    const plan = trafficLightInPlace(grid, readScorecard(grid, framework), framework, { frameworkSheet });
    if (!plan.ok) return { ok: false, message: plan.message };
    await host.writeInPlace(grid.name, plan.spec);
    return { ok: true, rows: plan.judgedRows, kept: plan.keptRows };
  } catch (err) {
    return { ok: false, message: userMessage(err) };
  }
}

/**
 * Whether the card the pane has checked can take the traffic light where it stands, said before the
 * user clicks: a hand-made layout is pointed to «Oppgrader» up front instead of after a confirm.
 */
export function inPlaceReadiness(check: CardCheck): { ok: true } | { ok: false; message: string } {
  const obstacle = inPlaceObstacle(check.grid, check.scorecard);
  return obstacle ? { ok: false, message: obstacle.message } : { ok: true };
}
