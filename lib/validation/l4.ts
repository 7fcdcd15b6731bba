import { insideCidr } from "./address";
import { fail } from "./core";
import { assertUniqueNames } from "./names";
import type { IL7BackendPool, L4Mode, L7Backend } from "../aws/l4-mode";

/** Cross-field rules of a bgp-ecmp L4 fleet (shape already checked). `prop` is where the mode sits. */
export function checkL4Fleet(path: string, prop: string, mode: L4Mode): void {
  if (mode.kind !== "bgp-ecmp") return;
  const at = (k: string) => (prop ? `${prop}.${k}` : k);
  assertUniqueNames(path, at("nodes"), mode.nodes.map((n) => n.name), "logicalId", "nodes");
  assertUniqueNames(path, at("nodes"), mode.nodes.map((n) => n.address), "caseless", "node addresses");
  assertUniqueNames(path, at("vips"), mode.vips, "caseless", "VIPs");
  // Without l7Backends the POP's L7 fleet supplies them (its nodes are checked by the fleet).
  const given = mode.l7Backends ?? [];
  const backends: readonly L7Backend[] = Array.isArray(given) ? given : (given as IL7BackendPool).maglevBackends;
  assertUniqueNames(path, at("l7Backends"), backends.map((b) => b.name), "caseless", "L7 backends");
  assertUniqueNames(path, at("l7Backends"), backends.map((b) => b.address), "caseless", "L7 backend addresses");
  const nodeAddresses = new Set(mode.nodes.map((n) => n.address));
  mode.vips.forEach((vip, i) => {
    if (nodeAddresses.has(vip)) fail(path, "cross.vip-node", `${at("vips")}[${i}]`, "is also an L4 node's own address", vip, "VIPs distinct from every node address (the node address carries BGP and the tunnel)");
  });
  if (backends.length > 0 && backends.every((b) => (b.weight ?? 1) === 0)) {
    fail(path, "shape.integer", at("l7Backends"), "are all drained (weight 0)", backends.map((b) => b.name), "at least one L7 backend with weight > 0");
  }
  const peering = mode.peering;
  if (peering.kind === "transit-gateway") {
    const peerAsn = peering.transitGatewayAsn ?? 64512;
    if (peerAsn === mode.localAsn) fail(path, "cross.asn-peer", at("localAsn"), "equals the Transit Gateway's ASN", mode.localAsn, `an ASN other than ${peerAsn} (the fleet peers with the TGW over eBGP)`);
    mode.nodes.forEach((n, i) => {
      if (n.insideCidrBlock !== undefined) insideCidr(path, `${at("nodes")}[${i}].insideCidrBlock`, n.insideCidrBlock);
    });
    const sorted = [...mode.nodes].sort((a, b) => a.name.localeCompare(b.name));
    if (sorted.some((n, i) => n.insideCidrBlock === undefined && i >= 32)) {
      fail(path, "shape.array-length", at("nodes"), "has more nodes than default inside blocks", mode.nodes.length, "at most 32 nodes, or an insideCidrBlock on every node past the 32nd (169.254.100.0/24 holds 32 /29s)");
    }
    // The L4 tier gives a node without insideCidrBlock the i-th /29 of 169.254.100.0/24 in name order.
    const effective = sorted.map((n, i) => n.insideCidrBlock ?? `169.254.100.${8 * i}/29`);
    assertUniqueNames(path, at("nodes"), effective, "caseless", "inside blocks (given or defaulted in name order)");
  } else {
    if (peering.peerLiveness === "bfd" && mode.daemon === "exabgp") {
      fail(path, "cross.bfd-daemon", at("peering.peerLiveness"), "asks for BFD, which ExaBGP does not have: the route server would never see the node up", "bfd", 'daemon "bird" (BFD), or peerLiveness "bgp-keepalive"');
    }
    const peerAsn = peering.amazonSideAsn ?? 65000;
    if (peerAsn === mode.localAsn) fail(path, "cross.asn-peer", at("localAsn"), "equals the route server's ASN", mode.localAsn, `an ASN other than ${peerAsn} (the fleet peers with the route server over eBGP)`);
  }
}
