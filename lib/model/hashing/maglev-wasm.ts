/**
 * The Maglev populate loop of maglev-populate.ts as WebAssembly (assembled at load time by
 * wasm-assembler.ts): V8's JIT leaves bounds checks and float credit bookkeeping in the hot
 * loop, WebAssembly runs it at the C reference's speed (bench/maglev-ref.c). Same arithmetic
 * (f64 credits, conditional subtract), so the tables are identical to populateJs's.
 */
import { f64, i32, ins, keptInstances, op, voidBlock, wasmApi, WasmFunction } from "../wasm-assembler";
import { PopulateInput } from "./maglev-populate";

// Locals shared by both functions' layouts (parameters first). The table has no parameter: it
// starts the memory (see slotAddress).
const [N4, M, POS, SKIP, INDEX] = [0, 1, 2, 3, 4];

/** `p = p + s; if (p >= m) p -= m` with p, s, m in locals, branch-free (select). */
function advance(p: number, s: number): number[] {
  return [
    ...ins.get(p), ...ins.get(s), op.i32Add, ...ins.tee(p),
    ...ins.get(M), op.i32Sub, ...ins.get(p), ...ins.get(p), ...ins.get(M), op.i32GeU, op.select,
  ];
}

/** The table starts the memory, so a probe's address is 2p: one scaled load on x64. */
function slotAddress(p: number): number[] {
  return [...ins.get(p), ...ins.i32(1), op.i32Shl];
}

/**
 * Claims the next empty slot of the backend at byte offset `a4` (its preference list from
 * POS[a4] by SKIP[a4]), stores the advanced position and returns from the function once `filled`
 * reaches M. `outer` is the depth of this code's enclosing block nest, for nothing but clarity.
 */
function claim(a4: number, p: number, s: number, filled: number): number[] {
  return [
    ...ins.get(POS), ...ins.get(a4), op.i32Add, ...ins.mem(op.i32Load, 2), ...ins.set(p),
    ...ins.get(SKIP), ...ins.get(a4), op.i32Add, ...ins.mem(op.i32Load, 2), ...ins.set(s),
    op.block, voidBlock,
    op.loop, voidBlock,
    ...slotAddress(p), ...ins.mem(op.i32Load16U, 1), ...ins.i32(0xffff), op.i32Eq, ...ins.brIf(1),
    ...advance(p, s), ...ins.set(p),
    ...ins.br(0),
    op.end,
    op.end,
    ...slotAddress(p), ...ins.get(INDEX), ...ins.get(a4), op.i32Add, ...ins.mem(op.i32Load, 2), ...ins.mem(op.i32Store16, 1),
    ...ins.get(POS), ...ins.get(a4), op.i32Add, ...advance(p, s), ...ins.mem(op.i32Store, 2),
    ...ins.get(filled), ...ins.i32(1), op.i32Add, ...ins.tee(filled), ...ins.get(M), op.i32Eq,
    op.if, voidBlock, op.return, op.end,
  ];
}

/** Every backend claims a slot each turn. Params: n·4, M, then byte addresses of the arrays. */
function equalFunction(): WasmFunction {
  const [filled, a4, p, s] = [5, 6, 7, 8];
  return {
    name: "equal",
    params: [i32, i32, i32, i32, i32],
    locals: [i32, i32, i32, i32],
    body: [
      op.loop, voidBlock,
      ...ins.i32(0), ...ins.set(a4),
      op.loop, voidBlock,
      ...claim(a4, p, s, filled),
      ...ins.get(a4), ...ins.i32(4), op.i32Add, ...ins.tee(a4), ...ins.get(N4), op.i32LtU, ...ins.brIf(0),
      op.end,
      ...ins.br(0),
      op.end,
    ],
  };
}

/**
 * Credit rule of maglev-populate.ts: claim when credit + weight reaches the largest weight.
 * Each backend's weight and credit sit side by side (16 bytes at PAIRS + 16·i), one address for both.
 */
function weightedFunction(): WasmFunction {
  const [PAIRS, MAXW] = [5, 6];
  const [filled, a4, p, s, a16, c] = [7, 8, 9, 10, 11, 12];
  const pairAddress = [...ins.get(PAIRS), ...ins.get(a16), op.i32Add];
  return {
    name: "weighted",
    params: [i32, i32, i32, i32, i32, i32, f64],
    locals: [i32, i32, i32, i32, i32, f64],
    body: [
      op.loop, voidBlock,
      ...ins.i32(0), ...ins.set(a4),
      ...ins.i32(0), ...ins.set(a16),
      op.loop, voidBlock,
      op.block, voidBlock,
      ...pairAddress, ...ins.memAt(op.f64Load, 3, 8),
      ...pairAddress, ...ins.mem(op.f64Load, 3), op.f64Add, ...ins.set(c),
      ...ins.get(c), ...ins.get(MAXW), op.f64Lt,
      op.if, voidBlock,
      ...pairAddress, ...ins.get(c), ...ins.memAt(op.f64Store, 3, 8), ...ins.br(1),
      op.end,
      ...pairAddress, ...ins.get(c), ...ins.get(MAXW), op.f64Sub, ...ins.memAt(op.f64Store, 3, 8),
      ...claim(a4, p, s, filled),
      op.end,
      ...ins.get(a16), ...ins.i32(16), op.i32Add, ...ins.set(a16),
      ...ins.get(a4), ...ins.i32(4), op.i32Add, ...ins.tee(a4), ...ins.get(N4), op.i32LtU, ...ins.brIf(0),
      op.end,
      ...ins.br(0),
      op.end,
    ],
  };
}

interface Exports {
  equal(n4: number, m: number, pos: number, skip: number, index: number): void;
  weighted(n4: number, m: number, pos: number, skip: number, index: number, pairs: number, maxWeight: number): void;
}

/** True where WebAssembly can run (every Node.js ≥ 20 unless disabled by flags). */
export const wasmAvailable = wasmApi !== undefined;

/** Memory kept between builds; a bigger build's memory is dropped afterwards. */
const instance = keptInstances<Exports>(() => [equalFunction(), weightedFunction()]);

/** The table populateJs fills, as 16-bit backend indices (so at most 65,535 backends). */
export function populateWasm(input: PopulateInput): Uint16Array {
  const { m, position, skip, backendIndex, weight, maxWeight } = input;
  const n = position.length;
  // The table starts the memory (address 0), the backends' arrays follow it.
  const pos = (2 * m + 7) & ~7;
  const skipAt = pos + 4 * n;
  const indexAt = skipAt + 4 * n;
  const pairsAt = (indexAt + 4 * n + 7) & ~7;
  const { memory, exports } = instance(pairsAt + 16 * n);
  const buffer = memory.buffer;
  new Int32Array(buffer, pos, n).set(position);
  new Int32Array(buffer, skipAt, n).set(skip);
  new Int32Array(buffer, indexAt, n).set(backendIndex);
  const table = new Uint16Array(buffer, 0, m);
  table.fill(0xffff);
  if (weight === undefined) {
    exports.equal(4 * n, m, pos, skipAt, indexAt);
  } else {
    const pairs = new Float64Array(buffer, pairsAt, 2 * n);
    for (let i = 0; i < n; i++) {
      pairs[2 * i] = weight[i];
      pairs[2 * i + 1] = 0;
    }
    exports.weighted(4 * n, m, pos, skipAt, indexAt, pairsAt, maxWeight);
  }
  position.set(new Int32Array(buffer, pos, n));
  return table.slice();
}
