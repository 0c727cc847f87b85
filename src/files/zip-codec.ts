// The seam between the file host and the deflate implementation. The file host runs in the browser
// (the task pane) as well as in Node, so by default it leaves the .xlsx package to JSZip, which is
// portable JavaScript (pako). JSZip does its work in small asynchronous chunks with a copy and a
// string at every step, which is most of what consolidating 200 workbooks costs in Node. The CLI
// therefore installs a codec made on node:zlib (src/files/node-zip-codec.ts) once at start, and
// with a codec installed the file host reads and writes the zip container itself (zip-read.ts,
// zip-write.ts) and only inflates, deflates and checksums through the codec. The browser bundle never
// imports node:zlib: only the CLI registers it.

export interface ZipCodec {
  /** Raw DEFLATE data (no zlib header) to bytes; throws when they are damaged or exceed `size`. */
  inflateRaw(bytes: Uint8Array, size: number): Uint8Array;
  /** Bytes to raw DEFLATE data at the zlib `level` (1 fastest … 9 smallest). */
  deflateRaw(bytes: Uint8Array, level: number): Uint8Array;
  /** The zip format's CRC-32 of the bytes. */
  crc32(bytes: Uint8Array): number;
}

let installed: ZipCodec | null = null;

/** Installs the codec the file host reads and writes zip packages with; null gives them back to JSZip. */
export function useZipCodec(codec: ZipCodec | null): void {
  installed = codec;
}

/** The installed codec, or null when JSZip handles the zip packages (the default, and the browser). */
export function zipCodec(): ZipCodec | null {
  return installed;
}
