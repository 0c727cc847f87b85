// Konsolider: pick the rammeområder's workbooks, watch each one being read, and get the overview
// (with a native chart where Excel can draw one). Files that fail are listed; the rest are used.

import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { municipalitySentence } from "../domain/consolidate";
import type { Framework } from "../domain/framework";
import { consolidatePicked, deliverOverview, workbooksInFolder, type FileState } from "../app/consolidate";
import type { CardHost, Destination } from "../app/host";
import { userMessage } from "../app/errors";
import { FilePickerButton, fileBytes } from "./FilePickerButton";
import type { Notify } from "./notice";
import { Section } from "./Section";
import { T } from "./texts";

const PERIOD = /^\d{4}(-[TQ][1-4])?$/;

/** A file by its path in the picked folder («kort/skoler/grunnskoler.xlsx»), so its source is clear. */
function shownName(file: File): string {
  return file.webkitRelativePath || file.name;
}

const useStyles = makeStyles({
  files: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  file: { display: "flex", flexDirection: "column", gap: "2px" },
  name: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  state: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
});

function stateText(state: FileState): string {
  switch (state.state) {
    case "waiting":
      return T.consolidate.waiting;
    case "reading":
      return T.consolidate.reading;
    case "read":
      return state.cards === 0 ? T.consolidate.noCard : T.consolidate.read(state.cards, state.indicators);
    default:
      return state.message;
  }
}

function FileProgress(props: { name: string; state: FileState }) {
  const styles = useStyles();
  const { state } = props;
  const failed = state.state === "failed" || state.state === "skipped";
  return (
    <li className={styles.file} data-state={state.state}>
      <Text className={styles.name}>{props.name}</Text>
      <ProgressBar
        thickness="medium"
        value={state.state === "reading" ? undefined : state.state === "waiting" ? 0 : 1}
        color={failed ? "error" : state.state === "read" && state.cards === 0 ? "warning" : "brand"}
        aria-label={props.name}
      />
      <Text size={200} className={styles.state}>
        {stateText(state)}
      </Text>
    </li>
  );
}

export function ConsolidateTab(props: { host: CardHost; framework: Framework; notify: Notify }) {
  const { host, framework, notify } = props;
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [states, setStates] = useState<FileState[]>([]);
  const [period, setPeriod] = useState("");
  const canInsert = host.capabilities.insertSheets;
  const inExcel = host.kind === "excel";
  const [destination, setDestination] = useState<Destination>(
    canInsert ? "current-workbook" : "new-workbook",
  );
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState<string[] | null>(null);
  const periodInvalid = period.trim() !== "" && !PERIOD.test(period.trim().toUpperCase());

  const choose = (picked: File[]) => {
    if (picked.length === 0) return notify({ intent: "warning", text: T.consolidate.emptyFolder });
    notify(null);
    setFiles(picked);
    setStates(picked.map(() => ({ state: "waiting" })));
    setSummary(null);
  };

  const run = async () => {
    if (files.length === 0) return notify({ intent: "warning", text: T.consolidate.noFiles });
    setRunning(true);
    setSummary(null);
    notify(null);
    setStates(files.map(() => ({ state: "waiting" })));
    try {
      const result = await consolidatePicked(
        files.map((f) => ({ name: shownName(f), bytes: () => fileBytes(f) })),
        framework,
        (index, state) => setStates((old) => old.map((s, i) => (i === index ? state : s))),
        { period: period.trim() ? period.trim().toUpperCase() : null },
      );
      if (!result.bytes) return notify({ intent: "error", text: T.consolidate.nothing });
      const delivered = await deliverOverview(host, result, destination);
      const lines = [`${municipalitySentence(result.overview.totals)}.`];
      if (delivered.destination === "current-workbook")
        lines.push(T.consolidate.deliveredCurrent(delivered.names));
      else if (delivered.fallback) lines.push(delivered.fallback);
      else lines.push(inExcel ? T.consolidate.deliveredNew : T.consolidate.deliveredDownload);
      if (delivered.chart) lines.push(T.consolidate.chartAdded);
      else if (inExcel && host.capabilities.charts) lines.push(T.consolidate.noChartNew);
      if (result.overview.problems.length > 0)
        lines.push(T.consolidate.problems(result.overview.problems.length));
      setSummary(lines);
    } catch (err) {
      notify({ intent: "error", text: userMessage(err) });
    } finally {
      setRunning(false);
    }
  };

  const failed = files
    .map((f, i) => ({ name: shownName(f), state: states[i] }))
    .filter((f) => f.state?.state === "failed" || f.state?.state === "skipped");
  return (
    <div>
      <Section title={T.consolidate.title} help={T.consolidate.help}>
        <div className={styles.row}>
          <FilePickerButton
            accept=".xlsx"
            multiple
            onFiles={choose}
            disabled={running}
            testId="consolidate-files"
          >
            {T.consolidate.choose}
          </FilePickerButton>
          <FilePickerButton
            accept=".xlsx"
            directory
            onFiles={(all) =>
              choose(
                workbooksInFolder(all.map((file) => ({ file, name: file.name, path: shownName(file) }))).map(
                  (f) => f.file,
                ),
              )
            }
            disabled={running}
            testId="consolidate-folder"
            title={T.consolidate.folderHint}
          >
            {T.consolidate.chooseFolder}
          </FilePickerButton>
          {files.length > 0 && <Text>{T.consolidate.chosen(files.length)}</Text>}
        </div>
        {files.length > 0 && (
          <ul className={styles.files} aria-label={T.consolidate.chosen(files.length)}>
            {files.map((f, i) => (
              <FileProgress
                key={`${shownName(f)}-${i}`}
                name={shownName(f)}
                state={states[i] ?? { state: "waiting" }}
              />
            ))}
          </ul>
        )}
        <Field
          label={T.consolidate.period}
          hint={T.consolidate.periodHint}
          validationMessage={periodInvalid ? T.consolidate.periodInvalid : undefined}
        >
          <Input value={period} onChange={(_, d) => setPeriod(d.value)} disabled={running} />
        </Field>
        <Field label={T.consolidate.destination}>
          <RadioGroup value={destination} onChange={(_, d) => setDestination(d.value as Destination)}>
            {canInsert && <Radio value="current-workbook" label={T.consolidate.currentWorkbook} />}
            <Radio
              value="new-workbook"
              label={inExcel ? T.consolidate.newWorkbook : T.consolidate.download}
            />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void run()} disabled={running || periodInvalid}>
            {running ? T.consolidate.running : T.consolidate.run}
          </Button>
        </div>
      </Section>
      {failed.length > 0 && !running && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{T.consolidate.failedTitle}</MessageBarTitle>
            <ul>
              {failed.map((f) => (
                <li key={f.name}>
                  {f.name}: {f.state && "message" in f.state ? f.state.message : ""}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {summary && (
        <MessageBar intent="success" layout="multiline" data-testid="consolidate-summary">
          <MessageBarBody>
            {summary.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
