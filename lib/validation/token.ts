/**
 * Unresolved cdktf tokens, recognised without importing cdktf (the model layer stays pure):
 * strings carry `${TfToken[...]}` / `#{TfToken[...]}` markers, numbers are encoded as doubles
 * whose top 16 bits are 0xfbff (cdktf's token encoding). Validation lets them through: they
 * are resolved by Terraform at deploy time.
 */
const STRING_TOKEN = /[$#]\{TfToken\[/;
const view = new DataView(new ArrayBuffer(8));

export function isUnresolved(value: unknown): boolean {
  if (typeof value === "string") return STRING_TOKEN.test(value);
  if (typeof value === "number") {
    view.setFloat64(0, value);
    return view.getUint16(0) === 0xfbff;
  }
  if (Array.isArray(value)) return value.length === 1 && typeof value[0] === "string" && STRING_TOKEN.test(value[0]);
  return false;
}
