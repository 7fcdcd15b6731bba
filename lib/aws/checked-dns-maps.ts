/**
 * DNS maps whose shape was checked before they were made: EdgePlatform's solved map, whose CIDRs
 * are its prefixes and whose POP names are its POPs, both through EdgePlatform's door check.
 * DnsTier.useDnsMap skips its own door check for these, once (thousands of blocks at every
 * synth). Internal: not exported from the package, so only this library can vouch for a map.
 */
const checkedDnsMaps = new WeakSet<object>();

/** Marks a DNS map made inside this library from input already checked as useDnsMap checks it. */
export function markCheckedDnsMap(assignment: Readonly<Record<string, string>>): void {
  checkedDnsMaps.add(assignment);
}

/** Whether the map was marked; the mark is used up. */
export function takeCheckedDnsMap(assignment: object): boolean {
  return checkedDnsMaps.delete(assignment);
}
