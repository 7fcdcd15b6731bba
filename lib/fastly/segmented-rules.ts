import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { SegmentedCachingRule, SegmentSelector } from "../model/vcl";
import { EdgeConfigError } from "../errors";
import type { FastlyCompression } from "./cdn-service";
import { checkBlockSize, checkName, checkPathPrefixes, checkPercent, checkUnique } from "./validation";

/** Requests that get segmented caching (large or Range-heavy objects such as video segments). */
export interface FastlySegmentedCachingRule {
  /** Rule name, logged with every request it selects. */
  readonly name: string;
  /** Which requests the rule selects: extensions, path prefixes, or a VCL condition. */
  readonly match: SegmentSelector;
  /** Bytes per cached segment; a power of two from 64 KiB to 16 MiB. @default - Fastly's 1 MiB */
  readonly blockSizeBytes?: number;
  /**
   * Ramp: the share (0–100 %) of the objects this rule selects that get segmented caching,
   * chosen by a stable hash of the URL path (the same objects for every client). Enabling
   * segmented caching changes an object's cache key, so raising the share over time (e.g. 5,
   * 25, 100) refills the cache gradually instead of all at once. @default 100
   */
  readonly rampPercent?: number;
}

const EXTENSION = /^[A-Za-z0-9]{1,16}$/;

/**
 * Validates the rules and warns where they are legal but risky: a rule that selects every
 * request, and requests that a rule selects while compression or ESI may also apply
 * (segmented caching works with neither).
 */
export function checkSegmentedRules(
  scope: Construct,
  rules: readonly FastlySegmentedCachingRule[],
  compression: FastlyCompression | undefined,
  esiPrefixes: readonly string[],
): SegmentedCachingRule[] {
  const path = scope.node.path;
  checkUnique(path, "segmented caching rules", rules.map((r) => r.name));
  const warn = (message: string) => Annotations.of(scope).addWarning(message);
  for (const rule of rules) {
    checkName(path, "segmented caching rule name", rule.name);
    if (rule.blockSizeBytes !== undefined) checkBlockSize(path, rule.blockSizeBytes);
    if (rule.rampPercent !== undefined) checkPercent(path, "segmented caching rampPercent", rule.rampPercent);
    checkSelector(path, rule.match);
    if (selectsEverything(rule.match)) {
      warn(`segmented caching rule "${rule.name}" selects every request: each cache miss then costs one sequential origin fetch per block. Select only large or Range-heavy objects (e.g. extensions ts, m4s).`);
    }
    const overlap = compressionOverlap(rule.match, compression);
    if (overlap) warn(`segmented caching rule "${rule.name}" selects requests that compression also applies to (${overlap}); segmented caching does not work with compression.`);
    const esi = esiOverlap(rule.match, esiPrefixes);
    if (esi) warn(`segmented caching rule "${rule.name}" selects requests that ESI also applies to (${esi}); segmented caching does not work with ESI.`);
  }
  return rules.map((r) => ({ name: r.name, match: r.match, blockSizeBytes: r.blockSizeBytes, rampPercent: r.rampPercent }));
}

function checkSelector(path: string, match: SegmentSelector): void {
  switch (match.kind) {
    case "extensions":
      if (match.extensions.length === 0 || !match.extensions.every((e) => EXTENSION.test(e))) {
        throw new EdgeConfigError(path, "segmented caching extensions are empty or malformed", match.extensions, 'extensions without the dot, e.g. ["ts", "m4s"]');
      }
      return;
    case "pathPrefixes":
      checkPathPrefixes(path, "segmented caching path prefixes", match.prefixes);
      return;
    case "condition":
      if (match.statement.trim() === "" || match.statement.includes("\n")) {
        throw new EdgeConfigError(path, "segmented caching condition is empty or spans lines", match.statement, 'one VCL boolean expression, e.g. req.http.Range');
      }
      return;
  }
}

function selectsEverything(match: SegmentSelector): boolean {
  if (match.kind === "pathPrefixes") return match.prefixes.includes("/");
  if (match.kind === "condition") return /^\(?\s*true\s*\)?$/.test(match.statement.trim());
  return false;
}

function compressionOverlap(match: SegmentSelector, compression: FastlyCompression | undefined): string | undefined {
  if (!compression) return undefined;
  if (match.kind !== "extensions") return "cannot be shown disjoint";
  const compressed = new Set((compression.extensions ?? ["css", "js", "html", "json", "svg"]).map((e) => e.toLowerCase()));
  const shared = match.extensions.filter((e) => compressed.has(e.toLowerCase()));
  return shared.length > 0 ? `extensions ${shared.join(", ")}` : undefined;
}

function esiOverlap(match: SegmentSelector, esiPrefixes: readonly string[]): string | undefined {
  if (esiPrefixes.length === 0) return undefined;
  if (match.kind !== "pathPrefixes") return "cannot be shown disjoint";
  const shared = match.prefixes.filter((p) => esiPrefixes.some((e) => p.startsWith(e) || e.startsWith(p)));
  return shared.length > 0 ? `paths ${shared.join(", ")}` : undefined;
}
