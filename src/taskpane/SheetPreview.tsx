// Outside Excel, the opened sheet as a table: result cells in the colour the engine judged, and the
// cell a finding points at outlined and scrolled into view, as Excel would select it.

import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import type { Status } from "../domain/model";
import type { Scorecard } from "../domain/model";
import {
  cellAddress,
  columnName,
  isCellError,
  isPercentFormat,
  type CellValue,
  type SheetGrid,
} from "../workbook/grid";
import { formatCellNumber } from "../workbook/read-indicator";
import { FILL_COLOURS } from "../workbook/sheet-spec";
import { T } from "./texts";

const MAX_ROWS = 300;
const MAX_COLS = 40;

const useStyles = makeStyles({
  wrap: { overflow: "auto", maxHeight: "70vh", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    position: "sticky",
    top: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: "right",
    paddingRight: "4px",
    color: tokens.colorNeutralForeground3,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 4px",
    maxWidth: "220px",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

function shown(value: CellValue | undefined, format: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "number") return formatCellNumber(value, isPercentFormat(format));
  if (typeof value === "boolean") return value ? "SANN" : "USANN";
  return value;
}

function statusByCell(card: Scorecard | null): Map<string, Status> {
  const map = new Map<string, Status>();
  for (const ind of card?.indicators ?? []) for (const r of ind.results) map.set(r.cell, r.status);
  return map;
}

export function SheetPreview(props: {
  grid: SheetGrid;
  scorecard: Scorecard | null;
  highlight: { row: number; col: number } | null;
}) {
  const styles = useStyles();
  const { grid, highlight } = props;
  const statuses = useMemo(() => statusByCell(props.scorecard), [props.scorecard]);
  const selected = useRef<HTMLTableCellElement>(null);
  // A block body: newer browsers return a Promise from scrollIntoView, which React would take for the
  // effect's cleanup and call as a function.
  useEffect(() => {
    selected.current?.scrollIntoView?.({ block: "center", inline: "center" });
  }, [highlight, grid]);

  const rows = Math.min(grid.values.length, MAX_ROWS);
  const cols = Math.min(MAX_COLS, Math.max(0, ...grid.values.slice(0, rows).map((r) => r.length)));
  return (
    <div>
      <Text weight="semibold">{T.file.previewTitle(grid.name)}</Text>
      {grid.values.length > MAX_ROWS && <Text> {T.file.previewCut(MAX_ROWS)}</Text>}
      <div className={styles.wrap}>
        <table className={styles.table} aria-label={T.file.previewTitle(grid.name)}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const address = cellAddress(r, c);
                  const status = statuses.get(address);
                  const isSelected = highlight?.row === r && highlight.col === c;
                  const fill = status && status !== "unrated" ? FILL_COLOURS[status] : undefined;
                  return (
                    <td
                      key={c}
                      ref={isSelected ? selected : undefined}
                      className={isSelected ? `${styles.cell} ${styles.selected}` : styles.cell}
                      style={fill ? { backgroundColor: `#${fill}` } : undefined}
                      data-cell={address}
                      data-status={status}
                      aria-selected={isSelected || undefined}
                    >
                      {shown(grid.values[r]?.[c], grid.numberFormats?.[r]?.[c])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
