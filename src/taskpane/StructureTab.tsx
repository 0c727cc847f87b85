// Struktur: new cards from the templates, upgrading a hand-made card onto a new sheet, and the
// card's findings, grouped by severity, each taking the user to its cell.

import { Button, Field, Input, makeStyles, Spinner, Switch, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Framework } from "../domain/framework";
import type { CardHost } from "../app/host";
import { userMessage } from "../app/errors";
import {
  defaultYears,
  deliver,
  templateFileName,
  templateSpecs,
  workbookBytes,
  type TemplateKind,
} from "../app/new-workbooks";
import { FindingList } from "./FindingList";
import type { Notify } from "./notice";
import { Section } from "./Section";
import { deliveredText, T } from "./texts";
import type { CardCheckState } from "./useCardCheck";
import { useUpgrade } from "./useUpgrade";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  grow: { flexGrow: 1, minWidth: "140px" },
});

export function StructureTab(props: {
  host: CardHost;
  framework: Framework;
  card: CardCheckState;
  live: boolean;
  onLiveChange: (live: boolean) => void;
  notify: Notify;
}) {
  const { host, framework, card, notify } = props;
  const styles = useStyles();
  const [area, setArea] = useState("");
  const [inserting, setInserting] = useState(false);
  const { upgrade, upgrading } = useUpgrade(host, framework, notify);
  const inExcel = host.kind === "excel";
  // deliver() falls back to a new workbook where Excel cannot insert sheets (before ExcelApi 1.13).
  const destination = "current-workbook" as const;

  const insertTemplate = async (kind: TemplateKind) => {
    setInserting(true);
    notify(null);
    try {
      const bytes = await workbookBytes(templateSpecs(kind, framework, defaultYears()));
      const fileName = templateFileName(kind);
      const done = await deliver(host, bytes, fileName, destination);
      notify({
        intent: done.fallback ? "warning" : "success",
        text: deliveredText(done, host.kind, fileName),
      });
    } catch (err) {
      notify({ intent: "error", text: userMessage(err) });
    } finally {
      setInserting(false);
    }
  };

  const check = card.check;
  const counts = check
    ? {
        error: check.findings.error.length,
        warning: check.findings.warning.length,
        info: check.findings.info.length,
      }
    : null;

  return (
    <div>
      <Section title={T.structure.validateTitle}>
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void card.refresh()} disabled={card.busy}>
            {T.structure.validate}
          </Button>
          {card.busy && <Spinner size="tiny" />}
        </div>
        <Switch
          checked={props.live}
          onChange={(_, data) => props.onLiveChange(data.checked)}
          label={T.structure.autoValidate}
        />
        {card.error && <Text role="alert">{card.error}</Text>}
        {check && check.empty && <Text>{check.empty}</Text>}
        {check && !check.empty && counts && (
          <>
            <Text weight="semibold" data-testid="check-summary">
              {T.structure.summary(check.sheet, check.scorecard.indicators.length, counts)}
            </Text>
            {check.scorecard.area && <Text>{T.structure.area(check.scorecard.area)}</Text>}
            {counts.error + counts.warning + counts.info === 0 ? (
              <Text>{T.structure.noFindings}</Text>
            ) : (
              <FindingList
                findings={check.findings}
                onSelect={(cell) =>
                  void host
                    .selectCell(check.sheet, cell)
                    .catch((err: unknown) => notify({ intent: "error", text: userMessage(err) }))
                }
              />
            )}
          </>
        )}
      </Section>

      <Section title={T.structure.newCardTitle} help={T.structure.newCardHelp}>
        <Button onClick={() => void insertTemplate({ kind: "felles" })} disabled={inserting}>
          {inExcel ? T.structure.insertFelles : T.structure.downloadFelles}
        </Button>
        <div className={styles.row}>
          <Field label={T.structure.areaLabel} className={styles.grow}>
            <Input
              value={area}
              placeholder={T.structure.areaPlaceholder}
              onChange={(_, d) => setArea(d.value)}
            />
          </Field>
          <Button
            onClick={() => void insertTemplate({ kind: "rammeomrade", area: area.trim() || null })}
            disabled={inserting}
          >
            {inExcel ? T.structure.insertArea : T.structure.downloadArea}
          </Button>
        </div>
        {inserting && <Spinner size="tiny" />}
      </Section>

      <Section title={T.structure.upgradeTitle} help={T.structure.upgradeHelp}>
        <div className={styles.row}>
          <Button onClick={() => void upgrade()} disabled={inserting || upgrading || !check || !!check.empty}>
            {inExcel ? T.structure.upgrade : T.structure.upgradeDownload}
          </Button>
          {upgrading && <Spinner size="tiny" />}
        </div>
      </Section>
    </div>
  );
}
