// The dev server's https pair: made where there is none (no administrator rights needed), then reused.

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("the developer certificates", () => {
  it("are made on first start and read back unchanged on the next", async () => {
    const dir = mkdtempSync(join(tmpdir(), "malekort-certs-"));
    process.env.MALEKORT_CERT_DIR = dir;
    try {
      let devCertificates!: () => Promise<{ key: Buffer; cert: Buffer }>;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        ({ devCertificates } = require("../../scripts/dev-certs.cjs"));
      });
      const first = await devCertificates();
      expect(first.cert.toString()).toMatch(/^-----BEGIN CERTIFICATE-----/);
      expect(first.key.toString()).toMatch(/-----BEGIN (RSA )?PRIVATE KEY-----/);
      expect(readFileSync(join(dir, "localhost.crt"))).toEqual(first.cert);
      const second = await devCertificates();
      expect(second.cert).toEqual(first.cert);
    } finally {
      delete process.env.MALEKORT_CERT_DIR;
    }
  });
});
