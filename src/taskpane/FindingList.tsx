// Findings grouped by severity; each one with a cell is a button that takes the user to the cell.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../domain/model";
import { SEVERITY_LABEL, T } from "./texts";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE_COLOUR = { error: "danger", warning: "important", info: "informative" } as const;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  finding: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    minWidth: 0,
    width: "100%",
    paddingTop: "4px",
    paddingBottom: "4px",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
  },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: "6px", whiteSpace: "nowrap" },
  header: { display: "flex", gap: "8px", alignItems: "center" },
});

export function FindingList(props: {
  findings: Record<Severity, Finding[]>;
  onSelect: (cell: string) => void;
}) {
  const styles = useStyles();
  const present = SEVERITIES.filter((s) => props.findings[s].length > 0);
  return (
    <Accordion multiple collapsible defaultOpenItems={present.filter((s) => s !== "info")}>
      {present.map((severity) => (
        <AccordionItem key={severity} value={severity}>
          <AccordionHeader>
            <span className={styles.header}>
              {SEVERITY_LABEL[severity]}
              <CounterBadge
                count={props.findings[severity].length}
                color={BADGE_COLOUR[severity]}
                overflowCount={999}
              />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} aria-label={SEVERITY_LABEL[severity]}>
              {props.findings[severity].map((f, i) => (
                <li key={`${f.code}-${f.cell}-${i}`}>
                  {f.cell ? (
                    <Button
                      appearance="subtle"
                      className={styles.finding}
                      title={T.structure.goToCell(f.cell)}
                      onClick={() => props.onSelect(f.cell!)}
                      data-cell={f.cell}
                    >
                      <span className={styles.cell}>{f.cell}</span>
                      <span>{f.message}</span>
                    </Button>
                  ) : (
                    <div className={styles.finding}>
                      <span className={styles.cell}>{T.structure.sheetLevel}</span>
                      <span>{f.message}</span>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
