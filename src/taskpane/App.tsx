// The task pane: Struktur, Trafikklys and Konsolider over one host (Excel, or a file in a browser).
// Which framework judges the cards is chosen here once, for all three tabs.

import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { ChoiceStore } from "../app/framework";
import type { CardHost } from "../app/host";
import { FileHost, type FileView } from "../browser/file-host";
import { ConsolidateTab } from "./ConsolidateTab";
import { FileBar } from "./FileBar";
import { FrameworkLine } from "./FrameworkLine";
import type { Notice } from "./notice";
import { SheetPreview } from "./SheetPreview";
import { StructureTab } from "./StructureTab";
import { T } from "./texts";
import { TrafficLightTab } from "./TrafficLightTab";
import { useCardCheck } from "./useCardCheck";
import { browserStore, useFramework } from "./useFramework";

export type TabName = "struktur" | "trafikklys" | "konsolider";

/** The ribbon opens the pane on a tab by the address' #fragment (taskpane.html#konsolider). */
export function tabFromHash(hash: string): TabName {
  const name = hash.replace(/^#/, "").toLowerCase();
  return name === "trafikklys" || name === "konsolider" ? name : "struktur";
}

const useStyles = makeStyles({
  page: { display: "flex", flexWrap: "wrap", gap: "16px", padding: "12px", boxSizing: "border-box" },
  pane: {
    flex: "1 1 296px",
    maxWidth: "480px",
    minWidth: "0",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  preview: { flex: "999 1 320px", minWidth: "0" },
  muted: { color: tokens.colorNeutralForeground2 },
});

const NO_VIEW: FileView = { workbook: null, activeSheet: 0, highlight: null };

function useFileView(host: CardHost): FileView {
  const file = host instanceof FileHost ? host : null;
  return useSyncExternalStore(
    (listener) => (file ? file.subscribe(listener) : () => undefined),
    () => (file ? file.getView() : NO_VIEW),
  );
}

export function App(props: { host: CardHost; store?: ChoiceStore | null }) {
  const { host } = props;
  const store = props.store === undefined ? browserStore() : props.store;
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>(() => tabFromHash(window.location.hash));
  const [live, setLive] = useState(true);
  const [notice, setNotice] = useState<Notice | null>(null);
  const view = useFileView(host);
  const choice = useFramework(host, store, view.workbook, setNotice);
  const chosen = choice.chosen;
  const card = useCardCheck(host, chosen.framework, live);

  useEffect(() => {
    const follow = () => setTab(tabFromHash(window.location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);

  const fileHost = host instanceof FileHost ? host : null;
  return (
    <main className={styles.page}>
      <div className={styles.pane}>
        <header>
          <Title3 as="h1" block>
            {T.appTitle}
          </Title3>
          <Caption1 as="p" block className={styles.muted}>
            {host.kind === "excel" ? T.inExcel : T.outsideExcel}
          </Caption1>
          <FrameworkLine choice={choice} />
        </header>
        {fileHost && <FileBar host={fileHost} view={view} notify={setNotice} />}
        {notice && (
          <MessageBar
            intent={notice.intent}
            layout="multiline"
            role={notice.intent === "error" ? "alert" : "status"}
          >
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => setNotice(null)}>
                {T.errors.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} size="small">
          <Tab value="struktur">{T.tabs.structure}</Tab>
          <Tab value="trafikklys">{T.tabs.trafficLight}</Tab>
          <Tab value="konsolider">{T.tabs.consolidate}</Tab>
        </TabList>
        <div
          role="tabpanel"
          aria-label={
            T.tabs[tab === "struktur" ? "structure" : tab === "trafikklys" ? "trafficLight" : "consolidate"]
          }
        >
          {tab === "struktur" && (
            <StructureTab
              host={host}
              framework={chosen.framework}
              card={card}
              live={live}
              onLiveChange={setLive}
              notify={setNotice}
            />
          )}
          {tab === "trafikklys" && (
            <TrafficLightTab host={host} framework={chosen.framework} card={card} notify={setNotice} />
          )}
          {tab === "konsolider" && (
            <ConsolidateTab host={host} framework={chosen.framework} notify={setNotice} />
          )}
        </div>
      </div>
      {fileHost && view.workbook && (
        <div className={styles.preview}>
          <SheetPreview
            grid={view.workbook.sheets[view.activeSheet]}
            scorecard={
              card.check?.sheet === view.workbook.sheets[view.activeSheet].name ? card.check.scorecard : null
            }
            highlight={view.highlight}
          />
        </div>
      )}
    </main>
  );
}
