/**
 * Jest transformer: CommonJS as emitted by tsc, rewritten as an ES module.
 *
 * Why: on Node < 24.9 Jest cannot `require()` an ES module, and Nest 12 ships ESM only. A CommonJS
 * package that requires `@nestjs/common` (@nestjs/throttler 6) therefore fails to load in the tests,
 * although Node 20.19+ runs it (require(esm)). Rewritten as ESM, it imports the same `@nestjs/common`
 * instance as the code under test (one HttpException class, one metadata registry).
 *
 * The rewrite: every `require("x")` of a literal becomes an import; the body runs unchanged against a
 * local `module.exports`; what it assigns to `exports.NAME` (or defines on `exports`) is exported by
 * name, and `__exportStar(require("x"), exports)` becomes `export * from "x"`.
 */
const requires = (source) => [...new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))];

function exportedNames(source) {
  const names = new Set();
  for (const m of source.matchAll(/\bexports\.([A-Za-z_$][\w$]*)\s*=/g)) names.add(m[1]);
  for (const m of source.matchAll(/Object\.defineProperty\(exports,\s*"([A-Za-z_$][\w$]*)"/g)) names.add(m[1]);
  names.delete('__esModule');
  names.delete('default');
  return [...names];
}

const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const SELF = createHash('sha256').update(readFileSync(__filename)).digest('hex');

module.exports = {
  getCacheKey(source, path) {
    return createHash('sha256').update(SELF).update(path).update(source).digest('hex');
  },
  process(source) {
    const specifiers = requires(source);
    const imports = specifiers.map((specifier, i) => `import * as __cjsDependency${i} from ${JSON.stringify(specifier)};`);
    const table = specifiers.map((specifier, i) => `${JSON.stringify(specifier)}: __cjsDependency${i}`).join(', ');
    const reexports = [...source.matchAll(/__exportStar\(require\("([^"]+)"\),\s*exports\)/g)].map(
      (m) => `export * from ${JSON.stringify(m[1])};`,
    );
    const names = exportedNames(source);
    const code = [
      ...imports,
      `const __cjsDependencies = { ${table} };`,
      'const module = { exports: {} };',
      'let exports = module.exports;',
      'const require = (specifier) => __cjsDependencies[specifier];',
      source.replace(/^\s*"use strict";/, ''),
      'export default module.exports;',
      // Aliased: the body may declare the same names (`function normalizeIp` … `exports.normalizeIp = normalizeIp`).
      ...names.map((name) => `const __cjsExport_${name} = module.exports.${name};\nexport { __cjsExport_${name} as ${name} };`),
      ...reexports,
    ].join('\n');
    return { code };
  },
};
