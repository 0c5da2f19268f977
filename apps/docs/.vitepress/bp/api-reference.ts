import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One export of a package's entry point, as its source declares and documents it. */
export interface ApiEntry {
  readonly name: string;
  readonly kind: 'function' | 'class' | 'interface' | 'type' | 'constant';
  /** The declaration: call signatures for a function, the whole declaration for a type. */
  readonly signature: string;
  readonly summary: string;
  readonly throws: readonly string[];
  readonly examples: readonly string[];
}

export interface ApiReference {
  readonly entries: readonly ApiEntry[];
  /** The members of every exported `…ErrorCode` union. */
  readonly errorCodes: readonly { readonly type: string; readonly codes: readonly string[] }[];
}

const MAX_LINES = 40;

function kindOf(declaration: ts.Declaration): ApiEntry['kind'] {
  if (ts.isFunctionDeclaration(declaration)) return 'function';
  if (ts.isClassDeclaration(declaration)) return 'class';
  if (ts.isInterfaceDeclaration(declaration)) return 'interface';
  if (ts.isTypeAliasDeclaration(declaration)) return 'type';
  return 'constant';
}

function declarationText(declaration: ts.Declaration, name: string, kind: ApiEntry['kind'], checker: ts.TypeChecker, symbol: ts.Symbol): string {
  if (kind === 'function') {
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    return type
      .getCallSignatures()
      .map((signature) => `function ${name}${checker.signatureToString(signature, undefined, ts.TypeFormatFlags.WriteArrowStyleSignature | ts.TypeFormatFlags.NoTruncation).replace(/\) => /, '): ')}`)
      .join('\n');
  }
  if (kind === 'constant') {
    return `const ${name}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, declaration), undefined, ts.TypeFormatFlags.NoTruncation)}`;
  }
  if (kind === 'class') {
    const members = (declaration as ts.ClassDeclaration).members
      .filter((member) => !(ts.getCombinedModifierFlags(member as ts.Declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) && member.name !== undefined && !member.name.getText().startsWith('#'))
      .map((member) => `  ${member.getText().split('{')[0]!.replace(/\s+/g, ' ').trim().replace(/;$/, '')};`);
    return [`class ${name} {`, ...members, '}'].join('\n');
  }
  const lines = declaration.getText().split('\n');
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), '  // …'].join('\n') : lines.join('\n');
}

/**
 * Reads a package's public API from its TypeScript sources: every export of `src/index.ts` (or of
 * another entry point, `src/<entry>.ts`, such as `@bp/symbolic/engine`'s), with the declaration,
 * the doc comment's summary, `@throws` and `@example`, and the package's error codes. It reads the
 * sources themselves, so the reference cannot drift from the code.
 * @throws {Error} when the package has no such entry point.
 * @example
 * apiReference('../../packages/symbolic').entries.map((e) => e.name); // ['SymbolicError', …]
 * apiReference('../../packages/symbolic', 'engine').entries.map((e) => e.name); // ['Graph', …]
 */
export function apiReference(packageDir: string, entry = 'index'): ApiReference {
  const key = `${packageDir}#${entry}`;
  const cached = CACHE.get(key);
  if (cached !== undefined) return cached;
  const reference = readApi(packageDir, entry);
  CACHE.set(key, reference);
  return reference;
}

// A type-checked program over a package takes seconds (mathjs's declarations are large), and the
// API page and the error-code page read the same packages.
const CACHE = new Map<string, ApiReference>();

function readApi(packageDir: string, entryName: string): ApiReference {
  const entry = join(packageDir, 'src', `${entryName}.ts`);
  if (!existsSync(entry)) throw new Error(`no entry point at ${entry}`);
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  const entries: ApiEntry[] = [];
  const errorCodes: { type: string; codes: string[] }[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (declaration === undefined) continue;
    const name = exported.getName();
    const kind = kindOf(declaration);
    const tags = symbol.getJsDocTags(checker);
    const tagText = (tag: ts.JSDocTagInfo): string => ts.displayPartsToString(tag.text).trim();
    entries.push({
      name,
      kind,
      signature: declarationText(declaration, name, kind, checker, symbol),
      summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
      throws: tags.filter((tag) => tag.name === 'throws').map(tagText),
      examples: tags.filter((tag) => tag.name === 'example').map(tagText),
    });
    if (kind === 'type' && name.endsWith('ErrorCode')) {
      const type = checker.getTypeAtLocation(declaration);
      const members = type.isUnion() ? type.types : [type];
      errorCodes.push({ type: name, codes: members.filter((t) => t.isStringLiteral()).map((t) => t.value) });
    }
  }
  return { entries, errorCodes };
}
