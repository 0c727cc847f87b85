// What the pane tells the user after an action: one message bar at a time.

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

export type Notify = (notice: Notice | null) => void;
