// A require hook for the repository's own .ts files: `node -r ./scripts/ts-cache.js app.ts`.
//
// Each file is transpiled alone (typescript's transpileModule with tsconfig.json's options, no
// type check: `npm run typecheck` does that) and the JavaScript is cached under
// node_modules/.cache/cdktf-edge-ts, keyed by the source's hash, the compiler version and the
// options. A warm run never loads the compiler: that is what makes `npm start` fast (ts-node
// loads typescript and source-map support on every start, and source-mapped stack traces make
// cdktf's token creation several times slower).
//
//   node scripts/ts-cache.js --fill [dir...]   transpiles every .ts under the dirs (default:
//                                             lib stacks examples) into the cache (npm prepare)
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const Module = require("module");
const path = require("path");

const root = path.resolve(__dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "cdktf-edge-ts");
const nodeModules = `${path.sep}node_modules${path.sep}`;

let compiler; // { ts, options, salt } once loaded

function loadCompiler() {
  if (compiler) return compiler;
  const ts = require("typescript");
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile).config;
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
  Object.assign(options, { sourceMap: false, inlineSourceMap: false, declaration: false, noEmit: false });
  compiler = { ts, options };
  return compiler;
}

// The compiler version and options are part of every key, read without loading the compiler.
const salt = (() => {
  let version = "none";
  try {
    version = JSON.parse(fs.readFileSync(require.resolve("typescript/package.json", { paths: [root] }), "utf8")).version;
  } catch {
    // typescript is a devDependency; without it only cached files can load
  }
  const tsconfig = fs.existsSync(path.join(root, "tsconfig.json")) ? fs.readFileSync(path.join(root, "tsconfig.json"), "utf8") : "";
  return `${version}\0${tsconfig}\0v1`;
})();

function cachePath(filename, source) {
  const key = crypto.createHash("sha1").update(salt).update("\0").update(filename).update("\0").update(source).digest("hex");
  return path.join(cacheDir, key.slice(0, 2), `${key.slice(2)}.js`);
}

function transpile(filename, source) {
  const file = cachePath(filename, source);
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    // not cached yet
  }
  const { ts, options } = loadCompiler();
  const js = ts.transpileModule(source, { fileName: filename, compilerOptions: options, reportDiagnostics: false }).outputText;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, js);
    fs.renameSync(tmp, file); // atomic: parallel test phases may fill the same entry
  } catch {
    // a read-only tree still runs, just without the cache
  }
  return js;
}

function install() {
  const fallback = Module._extensions[".ts"];
  Module._extensions[".ts"] = function loadTs(module, filename) {
    if (filename.includes(nodeModules) || filename.endsWith(".d.ts")) {
      if (fallback) return fallback(module, filename);
      throw new Error(`ts-cache: refusing to load ${filename}`);
    }
    module._compile(transpile(filename, fs.readFileSync(filename, "utf8")), filename);
  };
}

function fill(dirs) {
  let count = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(full);
      else if (entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
        transpile(full, fs.readFileSync(full, "utf8"));
        count++;
      }
    }
  };
  for (const dir of dirs) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return count;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] !== "--fill") {
    console.error("usage: node scripts/ts-cache.js --fill [dir...]   (as a hook: node -r ./scripts/ts-cache.js app.ts)");
    process.exit(2);
  }
  const dirs = args.length > 1 ? args.slice(1) : ["lib", "stacks", "examples"];
  const started = Date.now();
  const count = fill(dirs);
  console.log(`ts-cache: ${count} files of ${dirs.join(", ")} cached in ${Date.now() - started} ms`);
} else {
  install();
}

module.exports = { transpile };
