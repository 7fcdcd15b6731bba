import { existsSync, readFileSync } from "fs";
import { homedir } from "os";
import { join } from "path";

/** Paths and versions written by scripts/toolchain.sh into $CDKTF_EDGE_CACHE/toolchain.env. */
export interface Toolchain {
  readonly tfBin: string;
  readonly falcoBin: string;
  readonly env: Readonly<Record<string, string>>;
  readonly providerVersions: Readonly<Record<string, string>>;
}

export function cacheDir(): string {
  return process.env.CDKTF_EDGE_CACHE ?? join(homedir(), ".cache", "cdktf-edge");
}

/** Reads the toolchain description; fails loudly when scripts/toolchain.sh has not run. */
export function loadToolchain(): Toolchain {
  const file = join(cacheDir(), "toolchain.env");
  if (!existsSync(file)) {
    throw new Error(`toolchain not built: ${file} is missing. Run \`npm run toolchain\` (npm test runs it first).`);
  }
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = /^export ([A-Z0-9_]+)="(.*)"$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
  return {
    tfBin: env.TF_BIN,
    falcoBin: env.FALCO_BIN,
    env,
    providerVersions: {
      "hashicorp/aws": env.AWS_PROVIDER_VERSION,
      "fastly/fastly": env.FASTLY_PROVIDER_VERSION,
    },
  };
}
