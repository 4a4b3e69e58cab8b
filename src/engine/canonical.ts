/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, and only safe integers,
 * strings, booleans, null, arrays and plain objects. Two values that mean the same game state
 * serialise to the same bytes on every engine; anything else (a fraction, NaN, undefined in
 * an array, a class instance) is a bug in the caller and throws.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, '$');
  return parts.join('');
}

function write(v: unknown, out: string[], path: string): void {
  if (v === null) {
    out.push('null');
    return;
  }
  switch (typeof v) {
    case 'number':
      if (!Number.isSafeInteger(v)) throw new Error(`canonicalJson: ${path} is not a safe integer (${v})`);
      out.push(Object.is(v, -0) ? '0' : String(v));
      return;
    case 'string':
      out.push(JSON.stringify(v));
      return;
    case 'boolean':
      out.push(v ? 'true' : 'false');
      return;
    case 'object': {
      if (Array.isArray(v)) {
        out.push('[');
        for (let i = 0; i < v.length; i++) {
          if (i > 0) out.push(',');
          write(v[i], out, `${path}[${i}]`);
        }
        out.push(']');
        return;
      }
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new Error(`canonicalJson: ${path} is not a plain object`);
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      out.push('{');
      keys.forEach((k, i) => {
        if (i > 0) out.push(',');
        out.push(JSON.stringify(k), ':');
        write(obj[k], out, `${path}.${k}`);
      });
      out.push('}');
      return;
    }
    default:
      throw new Error(`canonicalJson: ${path} has unsupported type ${typeof v}`);
  }
}
