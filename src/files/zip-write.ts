// A minimal zip writer for the packages the file host writes, used when a zip codec is installed
// (zip-codec.ts): one pass over the parts in the order given, each encoded once, checksummed and
// deflated through the codec, then the central directory. No folder entries, no zip64 (a package over
// 4 GB or 65 535 parts is refused), names flagged as UTF-8 when they are not plain ASCII.

import type { ZipCodec } from "./zip-codec";

/** A part of the package: text is written as UTF-8. */
export interface ZipPart {
  name: string;
  data: string | Uint8Array;
}

export interface ZipWriteOptions {
  /** The modification time stored with every part. */
  date: Date;
  /** zlib's level: 1 fastest … 9 smallest; JSZip's default is 6. */
  level: number;
}

const encoder = new TextEncoder();

/** MS-DOS time and date, from the UTC fields as JSZip stores them. */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

interface Written {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

export function writeZip(parts: Iterable<ZipPart>, codec: ZipCodec, options: ZipWriteOptions): Uint8Array {
  const { time, day } = dosDateTime(options.date);
  const written: Written[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === "string" ? encoder.encode(part.data) : part.data;
    const deflated = codec.deflateRaw(raw, options.level);
    // Deflate can only lose on tiny or already compressed parts; those are stored as they are.
    const stored = deflated.length >= raw.length;
    const name = encoder.encode(part.name);
    written.push({
      name,
      flags: name.length === part.name.length ? 0 : 0x0800,
      method: stored ? 0 : 8,
      crc: codec.crc32(raw),
      size: raw.length,
      data: stored ? raw : deflated,
      offset,
    });
    offset += 30 + name.length + (stored ? raw.length : deflated.length);
  }
  const directoryStart = offset;
  const directorySize = written.reduce((n, w) => n + 46 + w.name.length, 0);
  const total = directoryStart + directorySize + 22;
  if (written.length > 0xffff || total > 0xffffffff)
    throw new Error("the package is too large for a zip without zip64");
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const common = (at: number, w: Written): void => {
    view.setUint16(at, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(at + 2, w.flags, true);
    view.setUint16(at + 4, w.method, true);
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, day, true);
    view.setUint32(at + 10, w.crc, true);
    view.setUint32(at + 14, w.data.length, true);
    view.setUint32(at + 18, w.size, true);
    view.setUint16(at + 22, w.name.length, true);
  };
  for (const w of written) {
    view.setUint32(w.offset, 0x04034b50, true);
    common(w.offset + 4, w);
    out.set(w.name, w.offset + 30);
    out.set(w.data, w.offset + 30 + w.name.length);
  }
  let at = directoryStart;
  for (const w of written) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, 2.0, as JSZip writes it
    common(at + 6, w);
    view.setUint32(at + 42, w.offset, true);
    out.set(w.name, at + 46);
    at += 46 + w.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, written.length, true);
  view.setUint16(at + 10, written.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, directoryStart, true);
  return out;
}

let table: Uint32Array | null = null;

/** CRC-32 in plain JavaScript, for a codec whose platform has none of its own. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
