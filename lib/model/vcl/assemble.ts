import { fastlyBoilerplateVcl } from "./boilerplate";
import { declarations, shieldDirectorName } from "./declarations";
import {
  DELIVER_PROLOGUE,
  ERROR_EPILOGUE,
  errorPrologue,
  fetchPrologue,
  FastlySubroutine,
  HASH_PROLOGUE,
  HIT_PROLOGUE,
  LOG_PROLOGUE,
  MISS_PROLOGUE,
  PASS_PROLOGUE,
  PIPE_BLOCK,
  recvPrologue,
} from "./fastly-generated";
import { vclBackendName, vclDirectorName, vclRegexLiteral, vclString } from "./names";
import { blocks, ServiceGzipJson, ServiceSnippetJson, ServiceVclJson } from "./service-json";

/** Blocks of fastly_service_vcl that generate VCL but that the assembly does not render. */
const NOT_RENDERED = ["header", "cache_setting", "response_object", "rate_limiter", "image_optimizer_default_settings"];

const byPriority = (a: { priority?: number }, b: { priority?: number }) => (a.priority ?? 100) - (b.priority ?? 100);

function snippetsOf(service: ServiceVclJson, type: string): string[] {
  const all: ServiceSnippetJson[] = [...blocks(service.snippet), ...blocks(service.dynamicsnippet)];
  return all
    .filter((s) => s.type === type)
    .sort(byPriority)
    .flatMap((s) => [`# Snippet ${s.name} : ${s.priority ?? 100}`, s.content ?? "# (dynamic snippet: content managed outside Terraform)"]);
}

/**
 * Backends Fastly makes the default: every backend without a `request_condition`. Fastly's
 * `# default conditions` block sets `req.backend` to one of them after the recv snippets ran,
 * overwriting a backend chosen in a snippet. The first one here stands for "the first added";
 * with several, the real default depends on the provider's set order.
 */
export function defaultBackends(service: ServiceVclJson): string[] {
  return blocks(service.backend)
    .filter((b) => b.request_condition === undefined || b.request_condition === "")
    .map((b) => b.name);
}

function forceTls(service: ServiceVclJson): boolean {
  return blocks(service.request_setting).some((r) => r.force_ssl === true && !r.request_condition);
}

/** Fastly's recv block: prologue, recv snippets, default conditions, request conditions, shields. */
function recvBlock(service: ServiceVclJson): string[] {
  const backends = blocks(service.backend);
  const brotli = blocks(service.product_enablement).some((p) => p.brotli_compression === true);
  const defaults = defaultBackends(service);
  const conditions = blocks(service.condition)
    .filter((c) => c.type.toUpperCase() === "REQUEST")
    .sort(byPriority);
  const requestConditions = conditions.flatMap((c) => {
    const routed = backends.filter((b) => b.request_condition === c.name);
    if (routed.length === 0) return [];
    return [
      `  # Request Condition: ${c.name} Prio: ${c.priority ?? 10}`,
      `  if( ${c.statement} ) {`,
      ...routed.map((b) => `    set req.backend = ${vclBackendName(b.name)};`),
      "  }",
      "  #end condition",
    ];
  });
  const shielded: { vcl: string; pop: string }[] = [
    ...backends.filter((b) => b.shield).map((b) => ({ vcl: vclBackendName(b.name), pop: b.shield as string })),
    ...blocks(service.director)
      .filter((d) => d.shield)
      .map((d) => ({ vcl: vclDirectorName(d.name), pop: d.shield as string })),
  ];
  const shields = shielded.flatMap(({ vcl, pop }) => [
    `  #do shield here ${vcl} > ${shieldDirectorName(pop)};`,
    "  {",
    `    if (req.backend == ${vcl} && var.fastly_req_do_shield) {`,
    `      set req.backend = fastly.try_select_shield(${shieldDirectorName(pop)}, ${vcl});`,
    "    }",
    "  }",
  ]);
  return [
    ...recvPrologue(brotli),
    ...snippetsOf(service, "recv"),
    "  # default conditions",
    ...(defaults.length > 0 ? [`  set req.backend = ${vclBackendName(defaults[0])};`] : []),
    ...(forceTls(service) ? ["  if (!req.http.Fastly-SSL) {", '    error 801 "Force SSL";', "  }"] : []),
    "  # end default conditions",
    ...requestConditions,
    ...shields,
  ];
}

/** The `# Gzip` block Fastly renders for one gzip setting. */
function gzipBlock(g: ServiceGzipJson): string[] {
  const types = (g.content_types ?? []).map(vclRegexLiteral).join("|");
  const exts = (g.extensions ?? []).map(vclRegexLiteral).join("|");
  const tests = [
    ...(types ? [`beresp.http.content-type ~ ${vclString(`^(?:${types})\\s*(?:$|;)`)}`] : []),
    ...(exts ? [`req.url ~ ${vclString(`\\.(?:${exts})(?:$|\\?)`)}`] : []),
  ];
  if (tests.length === 0) return [];
  return [
    `  # Gzip ${g.name}`,
    `  if ((beresp.status == 200 || beresp.status == 404) && (${tests.join(" || ")})) {`,
    "    # always set vary to make sure uncompressed versions dont always win",
    // Fastly prints `!beresp.http.Vary ~ "…"`, which it reads as !(… ~ …); falco 2.3.0 reads
    // (!…) ~ … and fails at run time, so the parentheses are explicit.
    '    if (!(beresp.http.Vary ~ "Accept-Encoding")) {',
    "      if (beresp.http.Vary) {",
    '        set beresp.http.Vary = beresp.http.Vary ", Accept-Encoding";',
    "      } else {",
    '        set beresp.http.Vary = "Accept-Encoding";',
    "      }",
    "    }",
    '    if (req.http.Accept-Encoding == "br") {',
    "      set beresp.brotli = true;",
    '    } elsif (req.http.Accept-Encoding == "gzip") {',
    "      set beresp.gzip = true;",
    "    }",
    "  }",
  ];
}

/** Fastly's generated block of one subroutine, snippets in place. */
function generatedBlock(service: ServiceVclJson, sub: FastlySubroutine): string[] {
  const snippets = snippetsOf(service, sub);
  const staleTtl = service.stale_if_error === true ? (service.stale_if_error_ttl ?? 43200) : undefined;
  switch (sub) {
    case "recv":
      return recvBlock(service);
    case "hash":
      return [...HASH_PROLOGUE, ...snippets];
    case "hit":
      return [...HIT_PROLOGUE, ...snippets];
    case "miss":
      return [...MISS_PROLOGUE, ...snippets];
    case "pass":
      return [...PASS_PROLOGUE, ...snippets];
    case "fetch":
      return [...fetchPrologue(staleTtl), ...snippets, ...blocks(service.gzip).flatMap(gzipBlock)];
    case "error":
      return [...errorPrologue(staleTtl !== undefined, forceTls(service)), ...snippets, ...ERROR_EPILOGUE];
    case "deliver":
      return [...DELIVER_PROLOGUE, ...snippets];
    case "log":
      return [...LOG_PROLOGUE, ...snippets];
    case "pipe":
      return [...PIPE_BLOCK, ...snippets];
  }
}

function wrap(sub: FastlySubroutine, body: string[]): string {
  const tag = sub.toUpperCase();
  return [`#--FASTLY ${tag} BEGIN`, ...body, `#--FASTLY ${tag} END`].join("\n");
}

/** The main VCL: the service's own (includes inlined), else Fastly's boilerplate. */
function mainVcl(service: ServiceVclJson): string {
  const files = blocks(service.vcl);
  const main = files.find((f) => f.main === true);
  if (!main) return fastlyBoilerplateVcl(service.default_ttl ?? 3600);
  return main.content.replace(/^\s*include\s+"([^"]+)"\s*;\s*$/gm, (line, name: string) => files.find((f) => f.name === name)?.content ?? line);
}

/**
 * The VCL Fastly runs for a synthesized `fastly_service_vcl`, assembled in Fastly's order:
 * backend, shield and director declarations; init snippets; then the main VCL (the service's
 * own, or Fastly's boilerplate) with each `#FASTLY <sub>` macro replaced by Fastly's generated
 * block for that subroutine, the service's snippets in place. In vcl_recv that block holds the
 * `fastly_req_do_shield` flag, the recv snippets by priority, the default conditions (default
 * backend, force-TLS), the request conditions by priority and one shield block per shielded
 * backend or director.
 *
 * Feed it the JSON of one `fastly_service_vcl` (e.g. from cdk.tf.json) and run falco on the
 * result (`falco lint <file> --generated`, `falco test`, `falco simulate`). Headers, cache
 * settings, response objects, rate limiters and logging endpoints with Fastly-generated
 * placement are not rendered; the header comment lists any the service has.
 */
export function assembleServiceVcl(service: ServiceVclJson): string {
  const skipped = NOT_RENDERED.filter((key) => blocks(service[key] as object | object[] | undefined).length > 0);
  const placed = Object.entries(service)
    .filter(([key]) => key.startsWith("logging_"))
    .flatMap(([, v]) => blocks(v as { name: string; placement?: string } | { name: string; placement?: string }[]))
    .filter((l) => l.placement !== "none")
    .map((l) => `logging "${l.name}"`);
  const header = [
    `# VCL of Fastly service ${vclString(service.name ?? "(unnamed)")}, assembled in Fastly's order by cdktf-edge (assembleServiceVcl).`,
    ...(skipped.length + placed.length > 0 ? [`# Not rendered: ${[...skipped, ...placed].join(", ")}.`] : []),
  ];
  let main = mainVcl(service).replace(/^[ \t]*#FASTLY[ \t]+(\w+)[ \t]*$/gim, (_line, name: string) =>
    wrap(name.toLowerCase() as FastlySubroutine, generatedBlock(service, name.toLowerCase() as FastlySubroutine)),
  );
  if (!/\bsub\s+vcl_pipe\b/.test(main)) main += `\nsub vcl_pipe {\n${wrap("pipe", generatedBlock(service, "pipe"))}\n}\n`;
  const init = snippetsOf(service, "init");
  return [...header, "", ...declarations(service), "", ...init, "", main].join("\n");
}
