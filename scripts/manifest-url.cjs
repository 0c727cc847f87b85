// The manifest as it is served: the add-in's pages and icons at the address it is deployed to.
// manifest.xml names https://localhost:3000 (the dev server); `MALEKORT_URL=https://… npm run build`
// writes a dist/addin/manifest.xml that names the municipality's own server instead.

const DEV_URL = "https://localhost:3000";

/** Replaces the dev server's address; refuses anything but an https origin, since Office requires it. */
function manifestFor(xml, url) {
  if (!url) return xml;
  const origin = url.replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s"<>]+(\/[^\s"<>]*)?$/.test(origin))
    throw new Error(
      `MALEKORT_URL må være en https-adresse, for eksempel https://malekort.kommune.no (fikk «${url}»).`,
    );
  return xml.split(DEV_URL).join(origin);
}

module.exports = { manifestFor, DEV_URL };
