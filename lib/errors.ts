/**
 * The one error class of cdktf-edge. Every rejected input names where it happened
 * (a construct path or a model function), the offending value and what would be valid.
 */
export class EdgeConfigError extends Error {
  /** Construct path or model entry point that rejected the input. */
  public readonly path: string;
  /** The value that was rejected, rendered for humans. */
  public readonly value: string;
  /** What would have been accepted. */
  public readonly expected: string;
  /** Id of the validation rule that rejected the input (lib/validation/rules.ts), when one did. */
  public readonly rule?: string;

  constructor(path: string, problem: string, value: unknown, expected: string, rule?: string) {
    const shown = renderValue(value);
    super(`${path}: ${problem} (got ${shown}); expected ${expected}`);
    this.name = "EdgeConfigError";
    this.path = path;
    this.value = shown;
    this.expected = expected;
    this.rule = rule;
  }
}

function renderValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" || value === undefined || value === null) {
    return String(value);
  }
  if (typeof value === "function" || typeof value === "symbol") return `a ${typeof value}`;
  try {
    const json = JSON.stringify(value) ?? String(value);
    return json.length > 200 ? `${json.slice(0, 197)}...` : json;
  } catch {
    return String(value);
  }
}
