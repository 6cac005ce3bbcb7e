/**
 * The dev server keeps one CA: certificates in ~/.office-addin-dev-certs are used as they are while
 * they can serve localhost another day, instead of letting office-addin-dev-certs make a new CA.
 * Certificates made here with mkcert, the library office-addin-dev-certs itself uses.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mkcert = require('mkcert') as {
  createCA(o: object): Promise<{ key: string; cert: string }>;
  createCert(o: object): Promise<{ key: string; cert: string }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { usableCertificates } = require('../../scripts/dev-certs') as {
  usableCertificates: (dir: string, now?: number) => { options: { ca: Buffer; cert: Buffer; key: Buffer } | null; why?: string; expires?: Date };
};

const DAY = 86_400_000;

async function writeCertificates(dir: string, validity: number, otherCa = false) {
  const ca = await mkcert.createCA({ organization: 'Test Dev CA', countryCode: 'VN', state: 'HN', locality: 'Ha Noi', validity });
  const signer = otherCa ? await mkcert.createCA({ organization: 'Other CA', countryCode: 'VN', state: 'HN', locality: 'Ha Noi', validity }) : ca;
  const cert = await mkcert.createCert({ ca: signer, domains: ['localhost', '127.0.0.1'], validity });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'ca.crt'), ca.cert);
  fs.writeFileSync(path.join(dir, 'localhost.crt'), cert.cert);
  fs.writeFileSync(path.join(dir, 'localhost.key'), cert.key);
}

describe('dev certificate reuse', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-certs-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('whole and valid for 30 days: used as they are, the same CA every start', async () => {
    const dir = path.join(root, 'valid');
    await writeCertificates(dir, 30);
    const first = usableCertificates(dir);
    expect(first.options?.ca.toString()).toBe(fs.readFileSync(path.join(dir, 'ca.crt'), 'utf8'));
    expect(usableCertificates(dir).options?.ca.equals(first.options!.ca)).toBe(true);
    const daysLeft = (first.expires!.getTime() - Date.now()) / DAY;
    expect(daysLeft).toBeGreaterThan(28);
    expect(daysLeft).toBeLessThan(31);
  }, 60_000);

  test('less than a day left: handed back to office-addin-dev-certs to renew', async () => {
    const dir = path.join(root, 'expiring');
    await writeCertificates(dir, 30);
    expect(usableCertificates(dir, Date.now() + 29.5 * DAY)).toMatchObject({ options: null, why: expect.stringMatching(/^expires /) });
  }, 60_000);

  test('a file missing, or a certificate from another CA: not used', async () => {
    const missing = path.join(root, 'missing');
    await writeCertificates(missing, 30);
    fs.rmSync(path.join(missing, 'localhost.key'));
    expect(usableCertificates(missing)).toEqual({ options: null, why: 'missing' });
    const mixed = path.join(root, 'mixed');
    await writeCertificates(mixed, 30, true);
    expect(usableCertificates(mixed)).toEqual({ options: null, why: 'not signed by ca.crt' });
  }, 60_000);
});
