// The manifest names https://localhost:3000/ (the dev server); a production build names the real host.
const DEV_URL = 'https://localhost:3000/';

/** Replaces the dev URL everywhere in the manifest text by `productionUrl` (with a trailing slash). */
function withProductionUrl(manifest, productionUrl) {
  if (!productionUrl) return manifest;
  if (!/^https:\/\//.test(productionUrl)) throw new Error(`ADDIN_PRODUCTION_URL must start with https:// (got "${productionUrl}")`);
  const base = productionUrl.endsWith('/') ? productionUrl : `${productionUrl}/`;
  // AppDomain is written without the trailing slash.
  return manifest.replaceAll(DEV_URL, base).replaceAll(DEV_URL.slice(0, -1), base.slice(0, -1));
}

module.exports = { DEV_URL, withProductionUrl };
