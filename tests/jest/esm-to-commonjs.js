/**
 * Jest transform for pdf.js, which ships only as ES modules (.mjs): jest runs CommonJS unless
 * Node's VM modules are switched on for every test. esbuild rewrites pdf.js's imports, its
 * dynamic import of its worker (pdf.js loads it on the main thread in Node) and import.meta.url.
 */
const { createHash } = require('crypto');
const { transformSync, version } = require('esbuild');

const MODULE_URL = '__esmModuleUrl';

module.exports = {
  process(source, filename) {
    const { code } = transformSync(source, {
      format: 'cjs',
      loader: 'js',
      target: 'node20',
      sourcefile: filename,
      supported: { 'dynamic-import': false },
      define: { 'import.meta.url': MODULE_URL },
      banner: `const ${MODULE_URL} = require('url').pathToFileURL(__filename).href;`,
      logLevel: 'silent',
    });
    return { code };
  },
  getCacheKey(source, filename) {
    return createHash('sha1').update(version).update(filename).update(source).update(__filename).digest('hex');
  },
};
