/**
 * Canonical JSON: the one text a JSON value hashes as, whatever order its keys were written in.
 *
 * Object keys are sorted by UTF-16 code units and no whitespace is written, as in RFC 8785 (JCS);
 * numbers and strings are serialised by JSON.stringify, which is what RFC 8785 prescribes for them.
 * Values JSON cannot hold are treated as JSON.stringify treats them (toJSON is called, undefined,
 * functions and symbols are left out of objects and become null in arrays, non-finite numbers become
 * null), so a value and the same value after a JSON round trip (what a store keeps) give the same text.
 */
export function canonicalJson(value: unknown): string {
  const text = serialise(value, false);
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}

function serialise(value: unknown, inArray: boolean): string | undefined {
  const json = toJsonValue(value);
  switch (typeof json) {
    case 'string':
    case 'boolean':
      return JSON.stringify(json);
    case 'number':
      return Number.isFinite(json) ? JSON.stringify(json) : 'null';
    case 'bigint':
      throw new TypeError('canonicalJson: a BigInt has no JSON form');
    case 'undefined':
    case 'function':
    case 'symbol':
      return inArray ? 'null' : undefined;
  }
  if (json === null) return 'null';
  if (Array.isArray(json)) return `[${Array.from(json, (item) => serialise(item, true) ?? 'null').join(',')}]`;
  const members: string[] = [];
  for (const key of Object.keys(json as object).sort()) {
    const member = serialise((json as Record<string, unknown>)[key], false);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
}

function toJsonValue(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: () => unknown }).toJSON();
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return value.valueOf();
  return value;
}
