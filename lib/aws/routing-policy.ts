/**
 * How Route53 chooses among the POP records of one name. Exactly one per record: a
 * discriminated union, so conflicting policies cannot be written.
 */
export type RoutingPolicy =
  /** Lowest measured latency from the resolver to `latencyRegion`. */
  | { readonly kind: "latency"; readonly latencyRegion: string }
  /**
   * By the resolver's location: a continent code (AF, AN, AS, EU, NA, OC, SA), or a country
   * (optionally with a subdivision), or country "*" for the default — one of continent and
   * country, never both (Route 53 refuses the pair).
   */
  | { readonly kind: "geolocation"; readonly continent?: string; readonly country?: string; readonly subdivision?: string }
  /** By distance to a region or coordinates, stretched by `bias` (-99..99). */
  | {
      readonly kind: "geoproximity";
      readonly awsRegion?: string;
      readonly coordinates?: { readonly latitude: string; readonly longitude: string };
      readonly bias?: number;
    }
  /** Share of answers proportional to `weight` (0..255). */
  | { readonly kind: "weighted"; readonly weight: number }
  /** Active/standby: the SECONDARY answers only while the PRIMARY's health check fails. */
  | { readonly kind: "failover"; readonly role: "PRIMARY" | "SECONDARY" }
  /** The DNS map: resolvers whose client subnet is in the POP's CIDR location(s) get this POP. */
  | { readonly kind: "cidr" }
  /** Multivalue answers: up to eight healthy records answer at random (address targets only, no alias). */
  | { readonly kind: "multivalue" };
