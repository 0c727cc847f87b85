// The pane's start: inside Excel it works on the open workbook through Office.js; anywhere else (a
// normal browser, the end-to-end tests) on files the user opens. Office.onReady tells which.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { CardHost } from "../app/host";
import { FileHost } from "../browser/file-host";
import { App } from "./App";

async function chooseHost(): Promise<CardHost> {
  // office.js could not load (offline, or blocked): the pane still works on files.
  if (typeof Office === "undefined") return new FileHost();
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return new FileHost();
  const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../excel/office-host");
  return createExcelHost();
}

async function start(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const host = await chooseHost();
  root.render(
    <FluentProvider theme={webLightTheme} lang="nb">
      <App host={host} />
    </FluentProvider>,
  );
}

void start();
