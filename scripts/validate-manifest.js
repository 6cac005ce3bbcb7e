#!/usr/bin/env node
// Validates an Office add-in manifest offline: XML Schema (xmllint against the XSDs vendored in
// schemas/manifest) plus the checks a schema cannot make (icons exist with the stated sizes).
// Usage: node scripts/validate-manifest.js [manifest.xml …] (default: manifest.xml and dist/manifest.xml)   Exit 0 valid, 1 invalid, 2 cannot run.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SCHEMA = path.join(ROOT, 'schemas', 'manifest', 'OfficeAppManifestV1_1.xsd');

function pngSize(file) {
  const header = fs.readFileSync(file).subarray(0, 24);
  if (header.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** Icons named icon-N.png under assets/ must exist and be N×N pixels. */
function iconProblems(xml) {
  const problems = [];
  const urls = new Set(xml.match(/https?:\/\/[^"]+?\/assets\/icon-\d+\.png/g) || []);
  for (const url of urls) {
    const name = url.slice(url.lastIndexOf('/') + 1);
    const size = Number(/icon-(\d+)\.png/.exec(name)[1]);
    const file = path.join(ROOT, 'assets', name);
    if (!fs.existsSync(file)) problems.push(`icon ${name} is referenced but assets/${name} does not exist`);
    else {
      const actual = pngSize(file);
      if (!actual || actual.width !== size || actual.height !== size)
        problems.push(`assets/${name} must be a ${size}×${size} PNG`);
    }
  }
  return problems;
}

function validate(manifest) {
  const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, manifest], { encoding: 'utf8' });
  if (result.error) {
    console.error('validate:offline: xmllint not found; install it with: apt-get install -y libxml2-utils');
    process.exit(2);
  }
  const problems = result.status === 0 ? [] : [result.stderr.trim() || 'xmllint rejected the manifest'];
  problems.push(...iconProblems(fs.readFileSync(manifest, 'utf8')));
  if (problems.length) {
    console.error(`✗ ${manifest} is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return false;
  }
  console.log(`✓ ${manifest} is valid against the Office manifest schema (offline)`);
  return true;
}

const manifests = process.argv.slice(2);
if (!manifests.length) {
  // The source manifest, and the one the build wrote (production URL) when there is a build.
  manifests.push(path.join(ROOT, 'manifest.xml'));
  if (fs.existsSync(path.join(ROOT, 'dist', 'manifest.xml'))) manifests.push(path.join(ROOT, 'dist', 'manifest.xml'));
}
const ok = manifests.map(validate).every(Boolean);
process.exit(ok ? 0 : 1);
