// A titled block of the pane; keeps the tabs' layout the same everywhere.

import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    paddingTop: "12px",
    paddingBottom: "12px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  help: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export function Section(props: { title: string; help?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={props.title}>
      <Subtitle2 as="h2">{props.title}</Subtitle2>
      {props.help && <p className={styles.help}>{props.help}</p>}
      {props.children}
    </section>
  );
}
