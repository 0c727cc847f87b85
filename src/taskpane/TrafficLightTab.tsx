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
import { useMemo, useState } from "react";
import { municipalitySentence } from "../domain/consolidate";
import type { Framework } from "../domain/framework";
import type { CardHost } from "../app/host";
import { inPlaceReadiness, refreshTrafficLight } from "../app/traffic-light";
import { periodKeyLabel } from "../workbook/canonical";
import type { Notify } from "./notice";
import { Section } from "./Section";
import { StatusChart } from "./StatusChart";
import { T } from "./texts";
import { useUpgrade } from "./useUpgrade";
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

  // Outside Excel the opened file is never written: the card comes back as a new file with its traffic light.
  const { upgrade, upgrading } = useUpgrade(host, framework, notify, inPlace ? "oppgradert" : "trafikklys");
  const check = card.check;
  const readiness = useMemo(
    () => (inPlace && check?.scorecard.found ? inPlaceReadiness(check) : null),
    [inPlace, check],
  );

  const apply = async () => {
    setConfirming(false);
    setWorking(true);
    notify(null);
    try {
      const outcome = await refreshTrafficLight(host, framework);
      notify(
        outcome.ok
          ? { intent: "success", text: T.trafficLight.done(outcome.rows) }
          : { intent: "warning", text: outcome.message },
      );
      await card.refresh();
    } finally {
      setWorking(false);
    }
  };

  const total = check ? check.scorecard.indicators.length : 0;
  return (
    <div>
      <Section title={T.trafficLight.title} help={inPlace ? T.trafficLight.help : T.trafficLight.outsideHelp}>
        {readiness && !readiness.ok ? (
          <>
            <Text data-testid="not-canonical">{readiness.message}</Text>
            <div className={styles.row}>
              <Button appearance="primary" disabled={upgrading} onClick={() => void upgrade()}>
                {T.structure.upgrade}
              </Button>
              {upgrading && <Spinner size="tiny" />}
            </div>
          </>
        ) : (
          <div className={styles.row}>
            <Button
              appearance="primary"
              // A blank card in the standard layout can take the traffic light; a hand-made one needs indicators to upgrade.
              disabled={working || upgrading || !check?.scorecard.found || (!inPlace && !!check.empty)}
              onClick={() => (inPlace ? setConfirming(true) : void upgrade())}
            >
              {inPlace ? T.trafficLight.apply : T.trafficLight.downloadUpgraded}
            </Button>
            {(working || upgrading) && <Spinner size="tiny" />}
          </div>
        )}
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
