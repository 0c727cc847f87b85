// A small bar chart of a card's statuses in the traffic light's own colours, with the counts as
// text beside the bars (the chart is also a table for screen readers).

import { makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_NAME, STATUSES } from "../domain/model";
import type { StatusCounts } from "../domain/rollup";
import { FILL_COLOURS, HEAT_COLOURS } from "../workbook/sheet-spec";
import { T } from "./texts";

const BAR_COLOUR: Record<keyof StatusCounts, string> = {
  desired: `#${HEAT_COLOURS.desired}`,
  acceptable: `#${HEAT_COLOURS.acceptable}`,
  unacceptable: `#${HEAT_COLOURS.unacceptable}`,
  missing: `#${FILL_COLOURS.missing}`,
  unrated: "#FFFFFF",
};

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse" },
  label: { width: "38%", paddingRight: "8px", textAlign: "left", fontWeight: tokens.fontWeightRegular },
  count: { width: "3em", textAlign: "right", paddingLeft: "6px", fontVariantNumeric: "tabular-nums" },
  track: { height: "14px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: "2px" },
  bar: {
    height: "14px",
    borderRadius: "2px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    boxSizing: "border-box",
  },
});

export function StatusChart(props: { counts: StatusCounts }) {
  const styles = useStyles();
  const max = Math.max(1, ...STATUSES.map((s) => props.counts[s]));
  return (
    <table className={styles.table} aria-label={T.trafficLight.chartLabel}>
      <tbody>
        {STATUSES.map((status) => (
          <tr key={status} data-status={status}>
            <th scope="row" className={styles.label}>
              {STATUS_NAME[status]}
            </th>
            <td>
              <div className={styles.track}>
                <div
                  className={styles.bar}
                  style={{
                    width: `${(100 * props.counts[status]) / max}%`,
                    backgroundColor: BAR_COLOUR[status],
                    display: props.counts[status] === 0 ? "none" : undefined,
                  }}
                />
              </div>
            </td>
            <td className={styles.count}>{props.counts[status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
