// The dev server's https key and certificate. Office only loads add-ins over https. We use the files
// office-addin-dev-certs keeps in ~/.office-addin-dev-certs (run `npx office-addin-dev-certs install`
// once to make Windows or macOS trust them); where there are none, we make them with its own
// generator, and where that cannot run, with openssl. Installing the CA needs administrator rights,
// so it is never done here.

const { existsSync, mkdirSync, readFileSync } = require("node:fs");
const { execFileSync } = require("node:child_process");
const { homedir } = require("node:os");
const path = require("node:path");

const DIR = process.env.MALEKORT_CERT_DIR || path.join(homedir(), ".office-addin-dev-certs");
const KEY = path.join(DIR, "localhost.key");
const CERT = path.join(DIR, "localhost.crt");

function withOpenssl() {
  mkdirSync(DIR, { recursive: true });
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "30",
      "-keyout",
      KEY,
      "-out",
      CERT,
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
}

async function devCertificates() {
  if (!existsSync(KEY) || !existsSync(CERT)) {
    try {
      const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
      await generateCertificates(path.join(DIR, "ca.crt"), CERT, KEY);
    } catch {
      withOpenssl();
    }
  }
  return { key: readFileSync(KEY), cert: readFileSync(CERT) };
}

module.exports = { devCertificates };
