// The manifest names https://localhost:3000/ (the dev server); a production build names the real host.
const DEV_URL = 'https://localhost:3000/';

/** Replaces the dev URL everywhere in the manifest text by `productionUrl` (with a trailing slash). */
function withProductionUrl(manifest, productionUrl) {
  if (!productionUrl) return manifest;
  if (!/^https:\/\//.test(productionUrl)) throw new Error(`ADDIN_PRODUCTION_URL must start with https:// (got "${productionUrl}")`);
  const base = productionUrl.endsWith('/') ? productionUrl : `${productionUrl}/`;
  // An origin (an AppDomain, if one is ever added) is written without the trailing slash.
  return manifest.replaceAll(DEV_URL, base).replaceAll(DEV_URL.slice(0, -1), base.slice(0, -1));
}

/** What a build should warn about the manifest it writes: a production one still naming the dev server. */
function localhostManifestWarning(mode, productionUrl) {
  if (mode !== 'production' || productionUrl) return undefined;
  return `[plan-tracker] ADDIN_PRODUCTION_URL is not set: dist/manifest.xml still points at ${DEV_URL} and works only next to the dev server. Set ADDIN_PRODUCTION_URL=https://host/path/ for a deployment.`;
}

module.exports = { DEV_URL, localhostManifestWarning, withProductionUrl };
