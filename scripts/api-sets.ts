/**
 * Which Excel API members the add-in uses, and the requirement set each needs, read with the
 * TypeScript checker from the "[Api set: ExcelApi 1.x]" remarks of @types/office-js. A member
 * above the manifest's ExcelApi MinVersion must sit behind a capability check (an `if`, `&&` or
 * `?:` whose condition asks isSetSupported / supports(…) / capabilities.…), or Excel builds that
 * meet the manifest but lack the set fail at run time.
 * Run: npm run -s check:api-sets (lists every use; exit 1 when one is unguarded). Tested in
 * tests/workbook/api-sets.test.ts, so `npm test` runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');

export interface ApiUse {
  /** "Excel.Worksheet.pageLayout". */
  member: string;
  /** "1.9". */
  set: string;
  /** "src/workbook/office/write-request.ts:246". */
  at: string;
  /** Inside a capability check. */
  guarded: boolean;
}

/** A condition that asks whether the running Excel has an API set. */
const CAPABILITY_CHECK = /isSetSupported\s*\(|\bsupports\s*\(|\bcapabilities\??\.\w+/;

const API_SET = /\[Api set: ExcelApi (\d+\.\d+)/;

/** The manifest's `<Set Name="ExcelApi" MinVersion="…"/>`. */
export function manifestMinVersion(manifestPath = path.join(ROOT, 'manifest.xml')): string {
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const match = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"/.exec(xml);
  if (!match) throw new Error(`${manifestPath}: no ExcelApi MinVersion`);
  return match[1];
}

/** Compares "1.10" and "1.9" as versions, not as text. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

function isOfficeDeclaration(declaration: ts.Declaration): boolean {
  return /[\\/]@types[\\/]office-js[\\/]/.test(declaration.getSourceFile().fileName);
}

/** The set named in a declaration's own doc comment, or null. */
function ownSet(declaration: ts.Node): string | null {
  const text = declaration.getSourceFile().text;
  for (const range of ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? []) {
    const match = API_SET.exec(text.slice(range.pos, range.end));
    if (match) return match[1];
  }
  return null;
}

/** The qualified name of a member of Excel's namespace: "Excel.Range.values". */
function qualifiedName(declaration: ts.Declaration, name: string): string | null {
  const parts = [name];
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isModuleDeclaration(node) || ts.isFunctionDeclaration(node)) && node.name) {
      parts.unshift(node.name.getText());
    }
  }
  return parts[0] === 'Excel' && !parts.includes('Interfaces') ? parts.join('.') : null;
}

/** The set a member needs: its own remark, else its class's. */
function requiredSet(declaration: ts.Declaration): string | null {
  const own = ownSet(declaration);
  if (own) return own;
  const owner = declaration.parent;
  return owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) ? ownSet(owner) : null;
}

function isGuarded(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement && CAPABILITY_CHECK.test(parent.expression.getText())) return true;
    if (ts.isConditionalExpression(parent) && child === parent.whenTrue && CAPABILITY_CHECK.test(parent.condition.getText())) return true;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right && CAPABILITY_CHECK.test(parent.left.getText())) return true;
  }
  return false;
}

/** Every use of an Excel API member in the given files. */
export function excelApiUses(files: readonly string[], root = ROOT): ApiUse[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    types: ['office-js'],
    typeRoots: [path.join(ROOT, 'node_modules', '@types')],
  });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      const name = ts.isPropertyAccessExpression(node) ? node.name : null;
      const symbol = name ? checker.getSymbolAtLocation(name) : undefined;
      const declaration = symbol?.declarations?.find(isOfficeDeclaration);
      if (name && declaration) {
        const member = qualifiedName(declaration, name.text);
        const set = requiredSet(declaration);
        if (member && set) {
          const { line } = source.getLineAndCharacterOfPosition(name.getStart());
          uses.push({ member, set, at: `${path.relative(root, file).split(path.sep).join('/')}:${line + 1}`, guarded: isGuarded(node) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** Uses above `minVersion` outside a capability check. */
export function unguardedAbove(uses: readonly ApiUse[], minVersion: string): ApiUse[] {
  return uses.filter((use) => compareVersions(use.set, minVersion) > 0 && !use.guarded);
}

/** The add-in's source files that can reach Excel (those that name it). */
export function sourceFiles(dir = path.join(ROOT, 'src')): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && /\bExcel\b|context\.workbook|RequestContext/.test(fs.readFileSync(full, 'utf8'))) found.push(full);
  }
  return found.sort();
}

function main(): void {
  const minVersion = manifestMinVersion();
  const uses = excelApiUses(sourceFiles());
  const byMember = new Map<string, ApiUse[]>();
  for (const use of uses) byMember.set(use.member, [...(byMember.get(use.member) ?? []), use]);
  for (const [member, list] of [...byMember].sort(([a], [b]) => a.localeCompare(b))) {
    const guard = list.every((u) => u.guarded) ? ' (behind a capability check)' : '';
    console.log(`ExcelApi ${list[0].set.padEnd(5)} ${member}${guard}  ${list.map((u) => u.at).join(', ')}`);
  }
  const bad = unguardedAbove(uses, minVersion);
  for (const use of bad) console.error(`${use.at}: ${use.member} needs ExcelApi ${use.set}, above the manifest's ${minVersion}, outside a capability check`);
  if (bad.length) process.exitCode = 1;
}

if (require.main === module) main();
