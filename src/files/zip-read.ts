// A minimal zip reader for .xlsx packages, used when a zip codec is installed (zip-codec.ts). It reads
// the end of central directory record and the central directory, and unpacks stored and deflated
// entries through the codec. It handles only what ordinary .xlsx files are made of; for anything else
// (zip64, several disks, data before the zip, encrypted entries, other methods, legacy name encodings,
// a header out of place) it answers null, and the caller lets JSZip read the file as it always did,
// so every damaged or unusual file still gets JSZip's verdict and the same error as before.

import type { ZipCodec } from "./zip-codec";

/** The parts of a package the readers need: names, declared sizes and the text of a part. */
export interface PackageParts {
  /** The files (not folders) in the package, in the order of its directory. */
  readonly paths: string[];
  has(path: string): boolean;
  /** The uncompressed size the zip directory declares; nothing is inflated to know it. */
  uncompressedSize(path: string): number;
  /** The part decoded as UTF-8, or null when there is no such file. */
  text(path: string): Promise<string | null>;
}

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's data starts, after its local header. */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const ENCRYPTED = 0x0001;
const UNICODE_PATH_FIELD = 0x7075;

const names = new TextDecoder("utf-8");
// The byte order mark is kept, as JSZip keeps it (the XML scanner treats it as text outside the root).
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

function endOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

function hasField(view: DataView, start: number, end: number, id: number): boolean {
  for (let at = start; at + 4 <= end; at += 4 + view.getUint16(at + 2, true))
    if (view.getUint16(at, true) === id) return true;
  return false;
}

/** The directory of an ordinary zip, or null when it is anything this reader does not handle. */
function directory(bytes: Uint8Array): Map<string, Entry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfCentralDirectory(view);
  if (eocd < 0) return null;
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const onDisk = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdStart = view.getUint32(eocd + 16, true);
  // Zip64 marks its fields with all ones, and then the directory does not end where the record starts.
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count || cdStart + cdSize !== eocd) return null;
  const entries = new Map<string, Entry>();
  let at = cdStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const external = view.getUint32(at + 38, true);
    const local = view.getUint32(at + 42, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > eocd || flags & ENCRYPTED || (method !== 0 && method !== 8)) return null;
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Names flagged UTF-8 are UTF-8; other non-ASCII names, and the Info-ZIP Unicode path field JSZip
    // would prefer for them, are JSZip's to decode.
    if (!(flags & 0x0800)) {
      const extraStart = at + 46 + nameLength;
      if (nameBytes.some((b) => b >= 0x80)) return null;
      if (hasField(view, extraStart, extraStart + extraLength, UNICODE_PATH_FIELD)) return null;
    }
    const name = names.decode(nameBytes);
    // JSZip takes a folder attribute as a folder; leave such odd entries to it.
    if (external & 0x10 && !name.endsWith("/")) return null;
    if (local + 30 > cdStart || view.getUint32(local, true) !== LOCAL) return null;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > cdStart) return null;
    if (method === 0 && compressedSize !== size) return null;
    if (!name.endsWith("/")) entries.set(name, { method, compressedSize, size, dataStart });
    at = next;
  }
  return entries;
}

/** The package read with the codec, or null when the file is for JSZip to read (see above). */
export function nativePackage(bytes: Uint8Array, codec: ZipCodec): PackageParts | null {
  const entries = directory(bytes);
  if (entries === null) return null;
  const paths = [...entries.keys()];
  return {
    paths,
    has: (path) => entries.has(path),
    uncompressedSize: (path) => entries.get(path)?.size ?? 0,
    text: async (path) => {
      const entry = entries.get(path);
      return entry ? utf8.decode(unpack(bytes, entry, codec)) : null;
    },
  };
}

function unpack(bytes: Uint8Array, entry: Entry, codec: ZipCodec): Uint8Array {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return data;
  const inflated = codec.inflateRaw(data, entry.size);
  if (inflated.length !== entry.size)
    throw new Error(`a part is ${inflated.length} bytes where the zip directory says ${entry.size}`);
  return inflated;
}
