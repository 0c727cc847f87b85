// Trafikklys: put the native traffic light (formulas, colour rules, dropdowns) into the card on the
// sheet, after a confirm, and show how the card's indicators stand.

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { municipalitySentence } from "../domain/consolidate";
import type { Framework } from "../domain/framework";
import type { CardHost } from "../app/host";
import { UserError, userMessage } from "../app/errors";
import { deliver, upgradeGrid } from "../app/new-workbooks";
import { refreshTrafficLight } from "../app/traffic-light";
import { periodKeyLabel } from "../workbook/canonical";
import type { Notify } from "./notice";
import { Section } from "./Section";
import { StatusChart } from "./StatusChart";
import { deliveredText, T } from "./texts";
import type { CardCheckState } from "./useCardCheck";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
});

export function TrafficLightTab(props: {
  host: CardHost;
  framework: Framework;
  card: CardCheckState;
  notify: Notify;
}) {
  const { host, framework, card, notify } = props;
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const inPlace = host.capabilities.writeInPlace;

  const apply = async () => {
    setConfirming(false);
    setWorking(true);
    notify(null);
    try {
      if (inPlace) {
        const outcome = await refreshTrafficLight(host, framework);
        notify(
          outcome.ok
            ? { intent: "success", text: T.trafficLight.done(outcome.rows) }
            : { intent: "warning", text: outcome.message },
        );
      } else {
        // Outside Excel the opened file is never written: the card comes back as a new file with its traffic light.
        const grid = await host.readActiveSheet();
        if (!grid) throw new UserError(T.errors.noWorkbook);
        const upgraded = await upgradeGrid(grid, framework);
        if (!upgraded.bytes) return notify({ intent: "warning", text: upgraded.message });
        const fileName = `${grid.name.replace(/[^\p{L}\p{N}]+/gu, "-")}-trafikklys.xlsx`;
        const done = await deliver(host, upgraded.bytes, fileName, "new-workbook");
        notify({
          intent: "success",
          text: `${upgraded.message} ${deliveredText(done, host.kind, fileName)}`,
        });
      }
      await card.refresh();
    } catch (err) {
      notify({ intent: "error", text: userMessage(err) });
    } finally {
      setWorking(false);
    }
  };

  const check = card.check;
  const total = check ? check.scorecard.indicators.length : 0;
  return (
    <div>
      <Section title={T.trafficLight.title} help={inPlace ? T.trafficLight.help : T.trafficLight.outsideHelp}>
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={working || !check || !!check.empty}
            onClick={() => (inPlace ? setConfirming(true) : void apply())}
          >
            {inPlace ? T.trafficLight.apply : T.trafficLight.downloadUpgraded}
          </Button>
          {working && <Spinner size="tiny" />}
        </div>
      </Section>
      <Section title={T.trafficLight.summaryTitle}>
        {check?.empty && <Text>{check.empty}</Text>}
        {check && !check.empty && (
          <>
            <Text>
              {check.period ? T.trafficLight.period(periodKeyLabel(check.period)) : T.trafficLight.noPeriod}
            </Text>
            <StatusChart counts={check.counts} />
            {total > 0 && <Text weight="semibold">{municipalitySentence(check.counts)}</Text>}
          </>
        )}
      </Section>
      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{T.trafficLight.confirmTitle}</DialogTitle>
            <DialogContent>{T.trafficLight.confirmBody}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(false)}>
                {T.trafficLight.cancel}
              </Button>
              <Button appearance="primary" onClick={() => void apply()}>
                {T.trafficLight.confirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
