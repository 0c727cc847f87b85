// The zip codec on node:zlib, for the CLI (src/cli/main.ts installs it). Node only: the task pane's
// bundle must never import this module, so nothing under src/files imports it either.

import * as zlib from "node:zlib";
import type { ZipCodec } from "./zip-codec";
import { crc32 } from "./zip-write";

export const nodeZipCodec: ZipCodec = {
  // The output is capped at the size the zip directory declares, so a lying entry cannot exhaust memory.
  inflateRaw: (bytes, size) => zlib.inflateRawSync(bytes, { maxOutputLength: Math.max(size, 1) }),
  deflateRaw: (bytes, level) => zlib.deflateRawSync(bytes, { level }),
  // zlib.crc32 came with Node 20.15; the package asks only for Node 20.
  crc32: typeof zlib.crc32 === "function" ? (bytes) => zlib.crc32(bytes) : crc32,
};
