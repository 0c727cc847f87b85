// What Fluent UI expects of a browser and jsdom does not have. Loaded for every test; a no-op in Node.

if (typeof window !== "undefined") {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= ResizeObserverStub;
  // jsdom has no TextEncoder/TextDecoder globals in every version; Node's are the same API.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require("node:util") as typeof import("node:util");
  (globalThis as { TextEncoder?: unknown }).TextEncoder ??= util.TextEncoder;
  (globalThis as { TextDecoder?: unknown }).TextDecoder ??= util.TextDecoder;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}
