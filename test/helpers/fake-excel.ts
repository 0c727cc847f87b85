// A fake of the few Office.js Excel objects the host adapter uses. It fails the way Office.js fails:
// reading a property that was not loaded, or before context.sync() delivered it, throws
// PropertyNotLoaded. It counts round trips, so tests can assert the adapter's sync budget.

export interface FakeSheetData {
  name: string;
  /** Absolute cell contents: row-major from A1, "" for empty. */
  values: (string | number | boolean)[][];
  /** Error cells by A1-relative [row, col] as Excel reports them ("#DIV/0!"). */
  errors?: [number, number][];
  numberFormats?: Record<string, string>;
  merges?: string[];
}

class PropertyNotLoaded extends Error {
  constructor(property: string) {
    super(
      `PropertyNotLoaded: The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }
}

/** An object whose properties become readable only after load() and the next sync(). */
class Loadable {
  private readonly requested = new Set<string>();
  private readonly delivered = new Set<string>();

  constructor(
    protected readonly context: FakeContext,
    private readonly data: Record<string, unknown>,
  ) {}

  load(properties: string | string[]): this {
    for (const p of Array.isArray(properties) ? properties : properties.split(","))
      this.requested.add(p.trim());
    this.context.queue(this);
    return this;
  }

  /** Called by sync(): what was requested is now delivered. */
  deliver(): void {
    for (const p of this.requested) this.delivered.add(p);
  }

  protected read<T>(property: string): T {
    if (!this.delivered.has(property)) throw new PropertyNotLoaded(property);
    return this.data[property] as T;
  }
}

class FakeNullable extends Loadable {
  constructor(
    context: FakeContext,
    data: Record<string, unknown>,
    private readonly isNull: boolean,
  ) {
    super(context, data);
    context.queue(this);
  }

  /** Known only after a sync, as in Office.js. */
  get isNullObject(): boolean {
    if (!this.context.syncedSince(this)) throw new PropertyNotLoaded("isNullObject");
    return this.isNull;
  }
}

class FakeRangeAreas extends FakeNullable {
  constructor(context: FakeContext, addresses: string[] | null) {
    super(context, { "areas/items/address": addresses ?? [] }, addresses === null);
  }

  get areas(): { items: { address: string }[] } {
    return { items: this.read<string[]>("areas/items/address").map((address) => ({ address })) };
  }
}

class FakeRange extends FakeNullable {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeSheetData,
    used: {
      top: number;
      left: number;
      values: unknown[][];
      valueTypes: string[][];
      numberFormat: string[][];
    } | null,
  ) {
    super(
      context,
      used
        ? {
            values: used.values,
            valueTypes: used.valueTypes,
            numberFormat: used.numberFormat,
            rowIndex: used.top,
            columnIndex: used.left,
          }
        : {},
      used === null,
    );
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const merges = this.sheet.merges ?? [];
    return new FakeRangeAreas(
      this.context,
      merges.length > 0 ? merges.map((m) => `'${this.sheet.name}'!${m}`) : null,
    );
  }
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

class FakeWorksheet extends Loadable {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeSheetData,
  ) {
    super(context, { name: sheet.name });
  }

  get name(): string {
    return this.read("name");
  }

  getRange(address: string) {
    return writeRange(this.context, address, this.sheet.name);
  }

  activate(): void {
    this.context.queueWrite((s) => {
      s.activeSheet = this.sheet.name;
      this.context.activated(this.sheet.name);
    });
  }

  /** Changes on this sheet only (ExcelApi 1.7). */
  get onChanged() {
    return this.context.eventSource(this.sheet.name);
  }

  get charts() {
    return {
      add: (type: string, source: { address: string }, seriesBy: string) =>
        addChart(this.context, this.sheet.name, type, source.address, seriesBy),
    };
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error("the fake only models valuesOnly used ranges");
    const rows = this.sheet.values;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === "") return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    if (bottom < 0) return new FakeRange(this.context, this.sheet, null);
    const errors = new Set((this.sheet.errors ?? []).map(([r, c]) => `${r},${c}`));
    const formats = new Map(
      Object.entries(this.sheet.numberFormats ?? {}).map(([ref, f]) => {
        const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
        return [`${Number(m[2]) - 1},${columnIndex(m[1])}`, f];
      }),
    );
    const block = <T>(cell: (r: number, c: number) => T): T[][] =>
      Array.from({ length: bottom - top + 1 }, (_, i) =>
        Array.from({ length: right - left + 1 }, (_, j) => cell(top + i, left + j)),
      );
    return new FakeRange(this.context, this.sheet, {
      top,
      left,
      values: block((r, c) => rows[r]?.[c] ?? ""),
      valueTypes: block((r, c) => {
        const v = rows[r]?.[c] ?? "";
        if (errors.has(`${r},${c}`)) return "Error";
        return v === ""
          ? "Empty"
          : typeof v === "number"
            ? "Double"
            : typeof v === "boolean"
              ? "Boolean"
              : "String";
      }),
      numberFormat: block((r, c) => formats.get(`${r},${c}`) ?? "General"),
    });
  }
}

/** What the writes did to the workbook, visible only after sync() — as in Excel. */
export interface WrittenState {
  formulas: Map<string, string | string[][]>;
  validations: Map<string, { rule?: unknown; prompt?: unknown; errorAlert?: unknown; cleared: boolean }>;
  conditionalFormats: Map<string, { type: string; formula?: string; color?: string; criteria?: unknown }[]>;
  suspendedCalculation: number;
  suspendedScreenUpdating: number;
  /** context.runtime.enableEvents as the writes left it. */
  enableEvents: boolean;
  activeSheet: string | null;
  selected: string | null;
  charts: FakeChart[];
}

/** A chart as Excel would hold it after the sync. */
export interface FakeChart {
  sheet: string;
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  legend?: string;
  position?: string;
  width?: number;
  height?: number;
  /** Series index → fill colour. */
  seriesFills: Record<number, string>;
}

/** A chart whose settings, like every write, take effect at the next sync. */
function addChart(context: FakeContext, sheet: string, type: string, source: string, seriesBy: string) {
  const chart: FakeChart = { sheet, type, source, seriesBy, seriesFills: {} };
  const later = (op: () => void) => context.queueWrite(op);
  later(() => context.written.charts.push(chart));
  return {
    title: {
      set text(text: string) {
        later(() => (chart.title = text));
      },
    },
    legend: {
      set position(position: string) {
        later(() => (chart.legend = position));
      },
    },
    set width(width: number) {
      later(() => (chart.width = width));
    },
    set height(height: number) {
      later(() => (chart.height = height));
    },
    setPosition: (start: string) => later(() => (chart.position = start)),
    series: {
      getItemAt: (i: number) => ({
        format: { fill: { setSolidColor: (color: string) => later(() => (chart.seriesFills[i] = color)) } },
      }),
    },
  };
}

/** A range that records writes; they take effect at the next sync. */
function writeRange(context: FakeContext, address: string, sheet: string) {
  const later = (op: (state: WrittenState) => void) => context.queueWrite(op);
  const validation = () => {
    const get = (s: WrittenState) => {
      if (!s.validations.has(address)) s.validations.set(address, { cleared: false });
      return s.validations.get(address)!;
    };
    return {
      clear: () => later((s) => (get(s).cleared = true)),
      set rule(rule: unknown) {
        later((s) => (get(s).rule = rule));
      },
      set prompt(prompt: unknown) {
        later((s) => (get(s).prompt = prompt));
      },
      set errorAlert(alert: unknown) {
        later((s) => (get(s).errorAlert = alert));
      },
    };
  };
  const formats = () => {
    const list = (s: WrittenState) => {
      if (!s.conditionalFormats.has(address)) s.conditionalFormats.set(address, []);
      return s.conditionalFormats.get(address)!;
    };
    return {
      clearAll: () => later((s) => s.conditionalFormats.set(address, [])),
      add: (type: string) => {
        const entry: { type: string; formula?: string; color?: string; criteria?: unknown } = { type };
        later((s) => list(s).push(entry));
        return {
          custom: {
            rule: {
              set formula(f: string) {
                later(() => (entry.formula = f));
              },
            },
            format: {
              fill: {
                set color(c: string) {
                  later(() => (entry.color = c));
                },
              },
            },
          },
          colorScale: {
            set criteria(c: unknown) {
              later(() => (entry.criteria = c));
            },
          },
        };
      },
    };
  };
  return {
    address,
    set formulas(formulas: string | string[][]) {
      later((s) => {
        s.formulas.set(address, formulas);
        context.changed(sheet, address, undefined);
      });
    },
    select: () => later((s) => (s.selected = `${sheet}!${address}`)),
    get dataValidation() {
      return validation();
    },
    get conditionalFormats() {
      return formats();
    },
  };
}

type EventKind = "changed" | "activated";

type ChangeHandler = (event: {
  address: string;
  worksheetId: string;
  triggerSource?: string;
}) => Promise<unknown>;

export class FakeContext {
  syncs = 0;
  private pending = new Set<Loadable>();
  private writes: ((state: WrittenState) => void)[] = [];
  private readonly syncedAt = new Map<Loadable, number>();
  /** An error the next sync rejects with (a sheet got with getItem that does not exist). */
  private failure: Error | null = null;
  /** Registered event handlers: onChanged by sheet name or "*" for the whole workbook; onActivated. */
  private readonly handlers = new Map<ChangeHandler, { sheet: string; kind: EventKind }>();
  private events: { kind: EventKind; sheet: string; address: string; triggerSource?: string }[] = [];
  readonly sheets: FakeSheetData[];
  readonly written: WrittenState = {
    formulas: new Map(),
    validations: new Map(),
    conditionalFormats: new Map(),
    suspendedCalculation: 0,
    suspendedScreenUpdating: 0,
    enableEvents: true,
    activeSheet: null,
    selected: null,
    charts: [],
  };
  /** Sheets inserted from base64, as Excel would have them after the sync. */
  readonly inserted: { base64: string; options: unknown }[] = [];
  readonly workbook: {
    insertWorksheetsFromBase64(base64: string, options?: unknown): { readonly value: string[] };
    worksheets: {
      getActiveWorksheet(): FakeWorksheet;
      getItem(name: string): FakeWorksheet;
      readonly onChanged: ReturnType<FakeContext["eventSource"]>;
      readonly onActivated: ReturnType<FakeContext["eventSource"]>;
    };
  };
  readonly application = {
    suspendApiCalculationUntilNextSync: () => this.queueWrite((s) => s.suspendedCalculation++),
    suspendScreenUpdatingUntilNextSync: () => this.queueWrite((s) => s.suspendedScreenUpdating++),
  };
  /** context.runtime: switching events off or on is a write, applied at the sync in queue order. */
  readonly runtime = runtimeOf((op) => this.queueWrite(op));

  constructor(sheet: FakeSheetData, others: FakeSheetData[] = []) {
    this.sheets = [sheet, ...others];
    const byName = (name: string) => this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    this.workbook = {
      insertWorksheetsFromBase64: (base64: string, options?: unknown) => {
        let names: string[] | null = null;
        this.queueWrite(() => {
          this.inserted.push({ base64, options });
          names = (options as { sheetNamesToInsert?: string[] } | undefined)?.sheetNamesToInsert ?? [
            "Ark (satt inn)",
          ];
        });
        // A ClientResult: its value exists only after the sync, as in Office.js.
        return {
          get value(): string[] {
            if (names === null)
              throw new Error("PropertyNotLoaded: the result is not available before context.sync().");
            return names;
          },
        };
      },
      worksheets: {
        getActiveWorksheet: () =>
          new FakeWorksheet(this, byName(this.written.activeSheet ?? sheet.name) ?? sheet),
        // As in Office.js, a missing sheet is no error until the sync, which then rejects.
        getItem: (name: string) => {
          const found = byName(name);
          if (!found)
            this.failure ??= Object.assign(new Error(`ItemNotFound: no sheet ${name}`), {
              code: "ItemNotFound",
            });
          return new FakeWorksheet(this, found ?? { name, values: [] });
        },
        onChanged: this.eventSource("*"),
        onActivated: this.eventSource("*", "activated"),
      },
    };
  }

  /** An event source: add() and remove() take effect at the next sync, as in Office.js. */
  eventSource(sheet: string, kind: EventKind = "changed") {
    return {
      add: (handler: ChangeHandler) => {
        this.queueWrite(() => this.handlers.set(handler, { sheet, kind }));
        return { context: this, remove: () => this.queueWrite(() => this.handlers.delete(handler)) };
      },
    };
  }

  /** Called as a write is applied: Excel raises onChanged unless the add-in switched events off. */
  changed(sheet: string, address: string, triggerSource: string | undefined): void {
    if (this.written.enableEvents) this.events.push({ kind: "changed", sheet, address, triggerSource });
  }

  /** A user typing into a cell: Excel raises onChanged (events are delivered after a tick). */
  userEdit(sheet: string, address: string): void {
    this.events.push({ kind: "changed", sheet, address, triggerSource: "Unknown" });
    this.deliverEvents();
  }

  /** Called as an activation is applied: Excel raises onActivated for the add-in's own, too. */
  activated(sheet: string): void {
    if (this.written.enableEvents) this.events.push({ kind: "activated", sheet, address: "" });
  }

  /** A user clicking another sheet's tab: Excel raises onActivated. */
  userActivate(sheet: string): void {
    this.written.activeSheet = sheet;
    this.events.push({ kind: "activated", sheet, address: "" });
    this.deliverEvents();
  }

  get handlerCount(): number {
    return this.handlers.size;
  }

  private deliverEvents(): void {
    const events = this.events;
    this.events = [];
    setTimeout(() => {
      for (const e of events)
        for (const [handler, on] of this.handlers)
          if (on.kind === e.kind && (on.sheet === "*" || on.sheet === e.sheet))
            void handler({ address: e.address, worksheetId: e.sheet, triggerSource: e.triggerSource });
    }, 0);
  }

  queueWrite(op: (state: WrittenState) => void): void {
    this.writes.push(op);
  }

  queue(object: Loadable): void {
    this.pending.add(object);
  }

  syncedSince(object: Loadable): boolean {
    return this.syncedAt.has(object);
  }

  async sync(): Promise<void> {
    this.syncs++;
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      this.writes = [];
      this.pending = new Set();
      throw failure;
    }
    for (const op of this.writes) op(this.written);
    this.writes = [];
    for (const object of this.pending) {
      object.deliver();
      this.syncedAt.set(object, this.syncs);
    }
    this.pending = new Set();
    this.deliverEvents();
  }
}

function runtimeOf(queue: (op: (state: WrittenState) => void) => void) {
  return {
    set enableEvents(value: boolean) {
      queue((s) => (s.enableEvents = value));
    },
  };
}
