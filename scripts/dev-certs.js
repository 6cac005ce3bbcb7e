// The dev server's HTTPS certificate, from office-addin-dev-certs (~/.office-addin-dev-certs).
//
// office-addin-dev-certs 3.0 (lib/install.js) regenerates everything — a NEW CA and a new localhost
// certificate, both valid 30 days — each time its check fails, and on Linux the check is whether the
// CA file sits in the system store (/usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt,
// or /etc/ca-certificates/trust-source/anchors/ on update-ca-trust systems) and is valid one more day
// (scripts/verify_linux.sh). A developer who trusted ca.crt only in the browser (Chromium's NSS
// database, Firefox) therefore got a new, untrusted CA at every `npm start`. So: while the files
// there are whole and the certificate has more than a day left, they are used as they are, and the
// tool is asked only when they are missing or about to expire.
const { X509Certificate, createPrivateKey } = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
const DAY_MS = 86_400_000;

/** The certificate files if they can serve localhost for at least another day, else null (with why). */
function usableCertificates(dir = DIR, now = Date.now()) {
  const file = (name) => path.join(dir, name);
  if (!Object.values(FILES).every((name) => fs.existsSync(file(name)))) return { options: null, why: 'missing' };
  const options = Object.fromEntries(Object.entries(FILES).map(([key, name]) => [key, fs.readFileSync(file(name))]));
  try {
    const cert = new X509Certificate(options.cert);
    const ca = new X509Certificate(options.ca);
    if (!cert.checkPrivateKey(createPrivateKey(options.key))) return { options: null, why: 'key does not match' };
    if (!cert.verify(ca.publicKey)) return { options: null, why: 'not signed by ca.crt' };
    const expires = Math.min(Date.parse(cert.validTo), Date.parse(ca.validTo));
    if (expires - now < DAY_MS) return { options: null, why: `expires ${new Date(expires).toISOString().slice(0, 10)}` };
    return { options, expires: new Date(expires) };
  } catch (error) {
    return { options: null, why: `unreadable (${error.message})` };
  }
}

/** HTTPS options for webpack-dev-server, or undefined for its own self-signed certificate. */
async function devServerHttps() {
  // Only on Linux: on Windows and macOS the tool's check (the OS certificate store) is the trust
  // Office itself uses, so letting it reinstall is right there.
  const ready = process.platform === 'linux' ? usableCertificates() : { options: null };
  if (ready.options) {
    console.log(`[plan-tracker] Dev certificate ${path.join(DIR, FILES.cert)} (valid until ${ready.expires.toISOString().slice(0, 10)}).`);
    return ready.options;
  }
  const devCerts = require('office-addin-dev-certs');
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    // On Linux without sudo it writes the certificates but cannot trust its CA: serve them anyway,
    // so trusting ~/.office-addin-dev-certs/ca.crt by hand (README) is all that is left to do.
    const written = usableCertificates();
    if (written.options) {
      console.warn(`[plan-tracker] Dev CA not trusted automatically (${error.message.trim()}). Trust ${path.join(DIR, FILES.ca)} by hand (README).`);
      return written.options;
    }
    console.warn(`[plan-tracker] No dev certificate (${error.message.trim()}); serving with a self-signed one.`);
    return undefined;
  }
}

module.exports = { devServerHttps, usableCertificates };
