// The file host's tests once more with the node:zlib codec the CLI installs: the lean reader must give
// exceljs' grids, the errors must stay the same and the large sheets must still be written right when
// the zip is read and written by src/files/zip-read.ts and zip-write.ts instead of JSZip.

import { nodeZipCodec } from "../../src/files/node-zip-codec";
import { useZipCodec } from "../../src/files/zip-codec";
import "./lean-reader.test";
import "./read-workbook.test";
import "./large-sheet.test";

beforeAll(() => useZipCodec(nodeZipCodec));
afterAll(() => useZipCodec(null));
