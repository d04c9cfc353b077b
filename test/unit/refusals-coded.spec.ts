import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { REFUSAL_CODES } from '#domain';

/**
 * Every refusal the domain and the API throw carries a stable code (docs/i18n.md): a domain refusal
 * (`invalid`, `notFound`, `forbidden`, `conflict`, `new DomainError`) passes `{ code, params }`, and an
 * HTTP exception built with a body object names its `code`. Read from the sources, so a refusal added
 * without a code fails here; and every code named in the sources is in the code list.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = ['libs/domain/src', 'apps/api/src'];
const HELPERS = new Set(['invalid', 'notFound', 'forbidden', 'conflict']);
const HTTP =
  /^(NotFound|Forbidden|BadRequest|Conflict|Unauthorized|UnprocessableEntity|PayloadTooLarge|ServiceUnavailable|Http|Gone)Exception$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Finding {
  where: string;
  text: string;
}

function scan(): { uncoded: Finding[]; codes: Array<Finding & { code: string }> } {
  const uncoded: Finding[] = [];
  const codes: Array<Finding & { code: string }> = [];
  for (const file of DIRS.flatMap((d) => sources(join(ROOT, d)))) {
    if (file.endsWith('domain-error.ts')) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const codeOf = (node: ts.Expression | undefined): string | undefined => {
      if (!node) return undefined;
      // A refusal chosen by an expression (`cond ? { code: … } : { code: … }`): its literals are checked below.
      if (!ts.isObjectLiteralExpression(node)) return ts.isIdentifier(node) && node.text === 'undefined' ? undefined : '<expr>';
      for (const p of node.properties) {
        if (ts.isShorthandPropertyAssignment(p) && p.name.text === 'code') return '<expr>';
        if (ts.isPropertyAssignment(p) && p.name.getText() === 'code')
          return ts.isStringLiteral(p.initializer) ? p.initializer.text : '<expr>';
      }
      return undefined;
    };
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        HELPERS.has(node.expression.text) &&
        node.parent &&
        ts.isThrowStatement(node.parent)
      ) {
        const code = codeOf(node.arguments[2]);
        if (!code) uncoded.push({ where: where(node), text: node.getText().slice(0, 120) });
        else if (code !== '<expr>') codes.push({ where: where(node), text: '', code });
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        if (name === 'DomainError') {
          const code = codeOf(node.arguments?.[3]);
          if (!code) uncoded.push({ where: where(node), text: node.getText().slice(0, 120) });
          else if (code !== '<expr>') codes.push({ where: where(node), text: '', code });
        }
        if (HTTP.test(name)) {
          const [body] = node.arguments ?? [];
          const code = codeOf(body);
          // A string body gets the generic code of its status (apps/api/src/refusals.ts); a body object names its own.
          if (body && ts.isObjectLiteralExpression(body) && !code) uncoded.push({ where: where(node), text: node.getText().slice(0, 120) });
          if (code && code !== '<expr>') codes.push({ where: where(node), text: '', code });
        }
      }
      if (
        ts.isPropertyAssignment(node) &&
        node.name.getText() === 'code' &&
        ts.isStringLiteral(node.initializer) &&
        node.initializer.text.includes('.')
      ) {
        codes.push({ where: where(node), text: '', code: node.initializer.text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uncoded, codes };
}

describe('every refusal has a code', () => {
  const { uncoded, codes } = scan();

  it('finds the refusals it checks', () => {
    expect(codes.length).toBeGreaterThan(150);
  });

  it('no domain refusal or HTTP refusal body is thrown without a code', () => {
    expect(uncoded).toEqual([]);
  });

  it('every code named in the sources is in the code list', () => {
    expect(codes.filter(({ code }) => !(code in REFUSAL_CODES)).map(({ where, code }) => `${where} ${code}`)).toEqual([]);
  });
});
