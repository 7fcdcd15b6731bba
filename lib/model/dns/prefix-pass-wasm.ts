/**
 * The Lagrangian bound's pass over the prefixes (jsPrefixPass in prefix-pass.ts) as WebAssembly,
 * assembled at load time by wasm-assembler.ts: three times as fast as V8's code for the
 * JavaScript loop at a platform's size. The same operations in the same order (f64 adds and
 * compares, the sum in prefix order), so the same bits.
 */
import { f64, i32, ins, op, voidBlock, WasmFunction } from "../wasm-assembler";

/** Row entries side by side at the head of each row (prefix-pass.ts fills them). */
export const HEAD = 4;

// Parameters: the prefix count, then byte addresses of demand (f64), the rows' heads (f64 cost,
// i32 POP), the rows (i32 start, i32 POP, f64 cost), prices (f64) and load (f64).
const [N, DEMAND, HEAD_COST, HEAD_POP, START, POP, COST, PRICES, LOAD] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const [p, value, min, arg, j, ms, k, reduced, head, r, end, d, loadAt] = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];

/** Address `base + index · 2^log2` with base and index in locals. */
function at(base: number, index: number, log2: number): number[] {
  return [...ins.get(base), ...ins.get(index), ...ins.i32(log2), op.i32Shl, op.i32Add];
}

/** `reduced = ms + prices[k]; if (reduced < min) { min = reduced; arg = k }` */
const tryEntry = [
  ...ins.get(ms), ...at(PRICES, k, 3), ...ins.mem(op.f64Load, 3), op.f64Add, ...ins.set(reduced),
  ...ins.get(reduced), ...ins.get(min), op.f64Lt,
  op.if, voidBlock,
  ...ins.get(reduced), ...ins.set(min),
  ...ins.get(k), ...ins.set(arg),
  op.end,
];

/** Returns Σ demand · min over the prefixes and adds each prefix's demand to load[argmin]. */
export function prefixPassFunction(): WasmFunction {
  return {
    name: "pass",
    params: [i32, i32, i32, i32, i32, i32, i32, i32, i32],
    results: [f64],
    locals: [i32, f64, f64, i32, i32, f64, i32, f64, i32, i32, i32, f64, i32],
    body: [
      op.block, voidBlock,
      op.loop, voidBlock,
      ...ins.get(p), ...ins.get(N), op.i32GeU, ...ins.brIf(1),
      ...ins.f64(Infinity), ...ins.set(min),
      ...ins.i32(0), ...ins.set(arg),
      ...ins.i32(0), ...ins.set(j),
      ...ins.get(p), ...ins.i32(2), op.i32Shl, ...ins.set(head),
      // The head: stop at the first entry whose bare cost cannot win.
      op.block, voidBlock,
      op.loop, voidBlock,
      ...ins.get(j), ...ins.i32(HEAD), op.i32GeU, ...ins.brIf(1),
      ...ins.get(HEAD_COST), ...ins.get(head), ...ins.get(j), op.i32Add, ...ins.i32(3), op.i32Shl, op.i32Add, ...ins.mem(op.f64Load, 3), ...ins.set(ms),
      ...ins.get(ms), ...ins.get(min), op.f64Ge, ...ins.brIf(1),
      ...ins.get(HEAD_POP), ...ins.get(head), ...ins.get(j), op.i32Add, ...ins.i32(2), op.i32Shl, op.i32Add, ...ins.mem(op.i32Load, 2), ...ins.set(k),
      ...tryEntry,
      ...ins.get(j), ...ins.i32(1), op.i32Add, ...ins.set(j),
      ...ins.br(0),
      op.end,
      op.end,
      // The rest of the row, when the whole head was read.
      ...ins.get(j), ...ins.i32(HEAD), op.i32Eq,
      op.if, voidBlock,
      ...at(START, p, 2), ...ins.mem(op.i32Load, 2), ...ins.i32(HEAD), op.i32Add, ...ins.set(r),
      ...at(START, p, 2), ...ins.memAt(op.i32Load, 2, 4), ...ins.set(end),
      op.block, voidBlock,
      op.loop, voidBlock,
      ...ins.get(r), ...ins.get(end), op.i32GeS, ...ins.brIf(1),
      ...at(COST, r, 3), ...ins.mem(op.f64Load, 3), ...ins.set(ms),
      ...ins.get(ms), ...ins.get(min), op.f64Ge, ...ins.brIf(1),
      ...at(POP, r, 2), ...ins.mem(op.i32Load, 2), ...ins.set(k),
      ...tryEntry,
      ...ins.get(r), ...ins.i32(1), op.i32Add, ...ins.set(r),
      ...ins.br(0),
      op.end,
      op.end,
      op.end,
      // value += demand[p] · min; load[arg] += demand[p]
      ...at(DEMAND, p, 3), ...ins.mem(op.f64Load, 3), ...ins.set(d),
      ...ins.get(value), ...ins.get(d), ...ins.get(min), op.f64Mul, op.f64Add, ...ins.set(value),
      ...at(LOAD, arg, 3), ...ins.set(loadAt),
      ...ins.get(loadAt), ...ins.get(loadAt), ...ins.mem(op.f64Load, 3), ...ins.get(d), op.f64Add, ...ins.mem(op.f64Store, 3),
      ...ins.get(p), ...ins.i32(1), op.i32Add, ...ins.set(p),
      ...ins.br(0),
      op.end,
      op.end,
      ...ins.get(value),
    ],
  };
}
