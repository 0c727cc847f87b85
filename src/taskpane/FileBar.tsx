// Outside Excel: open a card file and choose its sheet. The file itself is never written.

import { Field, makeStyles, Select, Text } from "@fluentui/react-components";
import type { FileHost, FileView } from "../browser/file-host";
import { userMessage } from "../app/errors";
import { FilePickerButton, fileBytes } from "./FilePickerButton";
import type { Notify } from "./notice";
import { T } from "./texts";

const useStyles = makeStyles({ bar: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" } });

export function FileBar(props: { host: FileHost; view: FileView; notify: Notify }) {
  const { host, view, notify } = props;
  const styles = useStyles();
  const open = async (file: File) => {
    notify(null);
    try {
      await host.open(file.name, await fileBytes(file));
      notify({ intent: "success", text: T.file.opened(file.name) });
    } catch (err) {
      notify({ intent: "error", text: `«${file.name}»: ${userMessage(err)}` });
    }
  };
  return (
    <div className={styles.bar}>
      <FilePickerButton
        appearance="primary"
        accept=".xlsx"
        onFiles={(files) => void open(files[0])}
        testId="open-card"
        title={T.file.openHint}
      >
        {T.file.open}
      </FilePickerButton>
      {view.workbook ? (
        <Field label={T.file.sheet}>
          <Select value={String(view.activeSheet)} onChange={(_, d) => host.setActiveSheet(Number(d.value))}>
            {view.workbook.sheets.map((s, i) => (
              <option key={s.name} value={i}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Text>{T.file.none}</Text>
      )}
    </div>
  );
}
