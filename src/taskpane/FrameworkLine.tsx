// The pane's header line naming the framework in use, with the choice of another.

import { Button, Caption1, makeStyles } from "@fluentui/react-components";
import { FilePickerButton } from "./FilePickerButton";
import { T } from "./texts";
import type { FrameworkChoice } from "./useFramework";

const useStyles = makeStyles({
  line: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
});

export function FrameworkLine(props: { choice: FrameworkChoice }) {
  const { chosen, picked, pick, forget } = props.choice;
  const styles = useStyles();
  return (
    <div className={styles.line}>
      <Caption1>
        {T.framework.chosen(chosen.source === "standard" ? T.framework.standard : chosen.source)}
      </Caption1>
      <FilePickerButton
        size="small"
        appearance="subtle"
        accept=".json,.xlsx"
        onFiles={(files) => void pick(files[0])}
        title={T.framework.chooseHint}
      >
        {T.framework.choose}
      </FilePickerButton>
      {picked && (
        <Button size="small" appearance="subtle" onClick={forget} title={T.framework.forgetHint}>
          {T.framework.forget}
        </Button>
      )}
    </div>
  );
}
