import { EdgeConfigError } from "../errors";

/** Attributes of AWS resources that hold an address Terraform learns only when it applies. */
export const APPLY_TIME_ADDRESS_ATTRIBUTES = ["eni_address", "transit_gateway_address", "private_ip", "peer_address"] as const;

const reference = /\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+\.([a-z_]+))\}/g;
const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/**
 * Fills the addresses Terraform fills in at apply time into synthesized text (a node's user
 * data): every `${<type>.<name>.<attribute>}` reference must name an address attribute and be
 * given an IPv4 address in `addresses`, keyed by `<type>.<name>.<attribute>` or by the
 * attribute alone (one address for every reference to it). Anything else is left as an error:
 * a reference that is not an address, a reference without an address, an unused key. This is
 * the only substitution the BGP lab makes to what the library renders.
 */
export function applyTerraformAddresses(text: string, addresses: Readonly<Record<string, string>>): string {
  const path = "applyTerraformAddresses";
  for (const [key, value] of Object.entries(addresses)) {
    if (!ipv4.test(value)) throw new EdgeConfigError(path, `the address for ${key} is not IPv4`, value, "a dotted-quad IPv4 address");
  }
  const used = new Set<string>();
  const out = text.replace(reference, (_, ref: string, attribute: string) => {
    if (!(APPLY_TIME_ADDRESS_ATTRIBUTES as readonly string[]).includes(attribute)) {
      throw new EdgeConfigError(path, "a Terraform reference is not an apply-time address", ref, `one of the attributes ${APPLY_TIME_ADDRESS_ATTRIBUTES.join(", ")}`);
    }
    const key = ref in addresses ? ref : attribute;
    const value = addresses[key];
    if (value === undefined) throw new EdgeConfigError(path, "no address given for a Terraform reference", ref, `an entry "${ref}" or "${attribute}" in addresses`);
    used.add(key);
    return value;
  });
  const leftover = /\$\{[^}]*\}/.exec(out);
  if (leftover) throw new EdgeConfigError(path, "an unresolved Terraform expression remains", leftover[0], "only address references of the form ${type.name.attribute}");
  const unused = Object.keys(addresses).filter((k) => !used.has(k));
  if (unused.length > 0) throw new EdgeConfigError(path, "addresses given for references the text does not contain", unused, "only keys the text references");
  return out;
}
