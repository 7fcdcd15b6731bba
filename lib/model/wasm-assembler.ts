/**
 * A tiny WebAssembly assembler: just the opcodes the model's hot loops need (the Maglev populate
 * loop, hashing/maglev-wasm.ts; the DNS map bound's pass, dns/prefix-pass-wasm.ts), and a module
 * writer for functions over one imported memory. The module bytes are built at load time from
 * those instruction lists, so there is no generated file to keep in sync.
 */

export const i32 = 0x7f;
export const f64 = 0x7c;
type ValueType = typeof i32 | typeof f64;

/** Opcodes (WebAssembly core spec 1.0, §5.4). */
export const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
  select: 0x1b,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Load: 0x28,
  f64Load: 0x2b,
  i32Load16U: 0x2f,
  i32Store: 0x36,
  f64Store: 0x39,
  i32Store16: 0x3b,
  i32Const: 0x41,
  f64Const: 0x44,
  i32Eq: 0x46,
  i32LtU: 0x49,
  i32GeS: 0x4e,
  i32GeU: 0x4f,
  f64Lt: 0x63,
  f64Ge: 0x66,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Shl: 0x74,
  f64Add: 0xa0,
  f64Sub: 0xa1,
  f64Mul: 0xa2,
} as const;

/** Block type of a block/loop/if that yields nothing. */
export const voidBlock = 0x40;

export function unsignedLeb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

export function signedLeb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** Instruction helpers that return encoded bytes. */
export const ins = {
  get: (local: number) => [op.localGet, ...unsignedLeb(local)],
  set: (local: number) => [op.localSet, ...unsignedLeb(local)],
  tee: (local: number) => [op.localTee, ...unsignedLeb(local)],
  i32: (value: number) => [op.i32Const, ...signedLeb(value)],
  /** An f64 constant: its 8 bytes, little-endian. */
  f64: (value: number) => {
    const bytes = new DataView(new ArrayBuffer(8));
    bytes.setFloat64(0, value, true);
    return [op.f64Const, ...new Uint8Array(bytes.buffer)];
  },
  /** Memory access with the natural alignment (log2 bytes) and offset 0. */
  mem: (opcode: number, alignLog2: number) => [opcode, alignLog2, 0],
  /** Memory access `offset` bytes past the address on the stack. */
  memAt: (opcode: number, alignLog2: number, offset: number) => [opcode, alignLog2, ...unsignedLeb(offset)],
  br: (depth: number) => [op.br, ...unsignedLeb(depth)],
  brIf: (depth: number) => [op.brIf, ...unsignedLeb(depth)],
};

export interface WasmFunction {
  readonly name: string;
  readonly params: readonly ValueType[];
  /** @default none */
  readonly results?: readonly ValueType[];
  readonly locals: readonly ValueType[];
  /** The body's instructions, without the closing `end`. */
  readonly body: readonly number[];
}

function vector(items: readonly number[][]): number[] {
  return [...unsignedLeb(items.length), ...items.flat()];
}

function section(id: number, content: number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

function utf8(name: string): number[] {
  return [...unsignedLeb(name.length), ...Array.from(name, (c) => c.charCodeAt(0))];
}

/** A module importing memory `env.memory` and exporting `functions` by name. */
export function assembleModule(functions: readonly WasmFunction[]): Uint8Array {
  const types = functions.map((f) => [0x60, ...vector(f.params.map((p) => [p])), ...vector((f.results ?? []).map((r) => [r]))]);
  const memoryImport = [...utf8("env"), ...utf8("memory"), 0x02, 0x00, 1];
  const funcIndices = functions.map((_, i) => unsignedLeb(i));
  const exportEntries = functions.map((f, i) => [...utf8(f.name), 0x00, ...unsignedLeb(i)]);
  const bodies = functions.map((f) => {
    const locals = vector(f.locals.map((t) => [1, t]));
    const code = [...locals, ...f.body, op.end];
    return [...unsignedLeb(code.length), ...code];
  });
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)),
    ...section(2, vector([memoryImport])),
    ...section(3, vector(funcIndices)),
    ...section(7, vector(exportEntries)),
    ...section(10, vector(bodies)),
  ]);
}

/** The part of the WebAssembly JS API the model uses (lib "dom" is not in this project's types). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
  Memory: new (limits: { initial: number }) => WasmMemory;
}
/** WebAssembly where it can run (every Node.js ≥ 20 unless disabled by flags), else undefined. */
export const wasmApi: WasmApi | undefined = (() => {
  const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  return typeof api?.Module === "function" ? api : undefined;
})();

/** Bytes of a WebAssembly memory page. */
export const WASM_PAGE = 65536;

/** An instance of an assembled module over a memory of its own. */
export interface WasmInstance<E> {
  readonly memory: WasmMemory;
  readonly exports: E;
}

/**
 * Instances of the module `functions` assemble (compiled once, on first use), each over a memory
 * of at least the bytes asked for: the last one of at most `keepBytes` is kept and handed out
 * again while it is big enough, so calls of a usual size allocate nothing; a bigger one is
 * dropped with whatever holds it. Only where WebAssembly runs (wasmApi).
 */
export function keptInstances<E>(functions: () => readonly WasmFunction[], keepBytes = 4 * 1024 * 1024): (bytes: number) => WasmInstance<E> {
  let compiled: object | undefined;
  let kept: WasmInstance<E> | undefined;
  return (bytes) => {
    if (kept && kept.memory.buffer.byteLength >= bytes) return kept;
    const api = wasmApi as WasmApi;
    compiled ??= new api.Module(assembleModule(functions()));
    const memory = new api.Memory({ initial: Math.ceil(bytes / WASM_PAGE) });
    const made = { memory, exports: new api.Instance(compiled, { env: { memory } }).exports as E };
    if (bytes <= keepBytes) kept = made;
    return made;
  };
}
