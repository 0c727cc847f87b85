// A button that opens the browser's file picker: the only way an add-in can read other workbooks.

import { Button } from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";

export function FilePickerButton(props: {
  accept: string;
  multiple?: boolean;
  /** Pick a whole folder (with its subfolders) instead of files. */
  directory?: boolean;
  onFiles: (files: File[]) => void;
  children: ReactNode;
  appearance?: "primary" | "secondary" | "subtle";
  size?: "small" | "medium";
  disabled?: boolean;
  title?: string;
  testId?: string;
}) {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <Button
        appearance={props.appearance}
        size={props.size}
        disabled={props.disabled}
        title={props.title}
        onClick={() => input.current?.click()}
      >
        {props.children}
      </Button>
      <input
        ref={(element) => {
          input.current = element;
          // Not in React's typings, but in every browser Office uses (Edge WebView2, Safari, Chrome).
          if (element && props.directory) element.setAttribute("webkitdirectory", "");
        }}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        hidden
        data-testid={props.testId}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = ""; // the same file can be picked again after it was fixed
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}

/** A picked file's bytes, read when needed. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
