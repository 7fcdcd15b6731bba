// Cuts a writable copy of terraform-provider-aws down to the services cdktf-edge emits.
// Usage: node scripts/aws-lite.js <module copy dir> <service,service,...>
//
// The provider registers its services in two generated files (REFERENCE.md §6):
//   internal/provider/sdkv2/service_packages_gen.go  one import + ServicePackage(ctx) per service
//   internal/conns/awsclient_gen.go                   one AWS SDK client accessor per service
// We keep the listed service packages, then keep every SDK client accessor that some package
// still linked into the binary calls (found with `go list -deps`), so cross-service calls
// (elbv2 asking EC2 for subnets, ...) keep working. Resources of the kept services keep their
// real schema and validators; any other resource type fails `validate` as unsupported.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const [dir, list] = process.argv.slice(2);
if (!dir || !list) {
  console.error("usage: node scripts/aws-lite.js <module copy dir> <service,service,...>");
  process.exit(2);
}
const services = list.split(",").map((s) => s.trim()).filter(Boolean);
const spFile = path.join(dir, "internal/provider/sdkv2/service_packages_gen.go");
const clientFile = path.join(dir, "internal/conns/awsclient_gen.go");
const servicePrefix = "github.com/hashicorp/terraform-provider-aws/internal/service/";

function trimServicePackages() {
  const src = fs.readFileSync(spFile, "utf8");
  const known = new Set([...src.matchAll(/^\t"github\.com\/hashicorp\/terraform-provider-aws\/internal\/service\/(\w+)"$/gm)].map((m) => m[1]));
  const missing = services.filter((s) => !known.has(s));
  if (missing.length > 0) throw new Error(`aws-lite: unknown service package(s): ${missing.join(", ")}`);
  const keep = new Set(services);
  const out = src
    .split("\n")
    .filter((line) => {
      const imp = line.match(/^\t"github\.com\/hashicorp\/terraform-provider-aws\/internal\/service\/(\w+)"$/);
      if (imp) return keep.has(imp[1]);
      const reg = line.match(/^\t\t(\w+)\.ServicePackage\(ctx\),$/);
      if (reg) return keep.has(reg[1]);
      return true;
    })
    .join("\n");
  fs.writeFileSync(spFile, out);
  return known.size;
}

function linkedPackageDirs() {
  const out = execFileSync("go", ["list", "-deps", "-f", "{{if not .Standard}}{{.Dir}}{{end}}", "."], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"], // `go: downloading …` lines stay out of the log
  });
  const root = path.resolve(dir) + path.sep;
  return out.split("\n").filter((d) => d.startsWith(root));
}

function calledClientAccessors(dirs) {
  const called = new Set();
  for (const d of dirs) {
    for (const f of fs.readdirSync(d)) {
      if (!f.endsWith(".go") || f.endsWith("_test.go")) continue;
      const file = path.join(d, f);
      if (file === clientFile) continue;
      for (const m of fs.readFileSync(file, "utf8").matchAll(/\b(\w+Client)\(/g)) called.add(m[1]);
    }
  }
  return called;
}

function trimClients(called) {
  const src = fs.readFileSync(clientFile, "utf8");
  const importBlock = src.match(/^import \(\n([\s\S]*?)\n\)\n/m);
  if (!importBlock) throw new Error("aws-lite: no import block in awsclient_gen.go");
  const header = src.slice(0, importBlock.index);
  const body = src.slice(importBlock.index + importBlock[0].length);
  const funcs = body.split(/\n(?=func )/).map((s) => s.trim()).filter((s) => s.startsWith("func "));
  const kept = funcs.filter((f) => {
    const m = f.match(/^func \(c \*AWSClient\) (\w+)\(/);
    return !m || called.has(m[1]);
  });
  const keptText = kept.join("\n\n");
  const imports = importBlock[1].split("\n").filter((line) => {
    const m = line.trim().match(/^(?:(\w+) )?"([^"]+)"$/);
    if (!m) return true;
    const ident = m[1] ?? m[2].split("/").pop();
    return ident === "context" || new RegExp(`\\b${ident}\\.`).test(keptText);
  });
  fs.writeFileSync(clientFile, `${header}import (\n${imports.join("\n")}\n)\n\n${keptText}\n`);
  return { total: funcs.length, kept: kept.length };
}

const total = trimServicePackages();
const clients = trimClients(calledClientAccessors(linkedPackageDirs()));
console.log(
  `aws-lite: ${services.length} of ${total} service packages (${services.join(", ")}), ` +
    `${clients.kept} of ${clients.total} SDK client accessors`,
);
