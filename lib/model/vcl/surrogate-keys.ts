import { EDGE_HEADERS, vclString } from "./names";

/** How cached objects get the surrogate keys that purge-by-key selects on. */
export interface SurrogateKeySpec {
  /** Origin response header holding space-separated keys (e.g. `Cache-Tag`); moved into Surrogate-Key. */
  readonly fromOriginHeader?: string;
  /** One key added to every object of the service, for purging the service's objects together. */
  readonly serviceKey?: string;
  /** Add the key `edge-canary` to objects fetched for the canary, to purge them after a rollback. */
  readonly tagCanaryObjects: boolean;
}

/** FETCH: build Surrogate-Key from the origin's header, a service-wide key and the canary tag. */
export function surrogateKeysFetch(spec: SurrogateKeySpec): string {
  const lines = ["# Surrogate keys for purge by key."];
  const append = (key: string) =>
    `set beresp.http.Surrogate-Key = if(beresp.http.Surrogate-Key, beresp.http.Surrogate-Key " " ${key}, ${key});`;
  if (spec.fromOriginHeader !== undefined) {
    const h = `beresp.http.${spec.fromOriginHeader}`;
    lines.push(`if (${h}) {`, `  ${append(h)}`, `  unset ${h};`, "}");
  }
  if (spec.serviceKey !== undefined) lines.push(append(vclString(spec.serviceKey)));
  if (spec.tagCanaryObjects) {
    lines.push(`if (req.http.${EDGE_HEADERS.canary} == "canary") {`, `  ${append('"edge-canary"')}`, "}");
  }
  lines.push("");
  return lines.join("\n");
}
