import { assembleServiceVcl } from "../../../lib/model/vcl";
import { declaredOrigins, pointBackendsAtLocalOrigins } from "../../harness/local-origins";

const service = {
  backend: [
    { name: "packager", address: "packager.origin.example.com", port: 443, use_ssl: true, ssl_cert_hostname: "packager.origin.example.com", shield: "bwi-va-us", request_condition: "never" },
    { name: "canary", address: "canary.origin.example.com", port: 8443, use_ssl: true, override_host: "canary.example.com", request_condition: "never" },
  ],
  condition: { name: "never", type: "REQUEST", statement: "!req.url" },
  snippet: { name: "route", type: "recv", priority: 10, content: "set req.backend = F_canary;" },
};

describe("pointBackendsAtLocalOrigins", () => {
  const assembled = assembleServiceVcl(service);
  const ports = { F_packager: 40001, F_canary: 40002, ssl_shield_bwi_va_us: 40003 };
  const pointed = pointBackendsAtLocalOrigins(assembled, ports);

  test("lists the backends and shield POPs an assembled VCL declares", () => {
    expect(declaredOrigins(assembled)).toEqual(["F_packager", "F_canary", "ssl_shield_bwi_va_us"]);
  });

  test("points each backend at its local origin over plain HTTP and keeps every other property", () => {
    const start = pointed.indexOf("backend F_canary {");
    const canary = pointed.slice(start, pointed.indexOf("\n}\n", start));
    expect(canary).toContain('.host = "127.0.0.1";');
    expect(canary).toContain('.port = "40002";');
    expect(canary).toContain(".ssl = false;");
    expect(canary).toContain('.host_header = "canary.example.com";');
    expect(canary).toContain(".ssl_check_cert = always;");
  });

  test("turns the shield POP into a local backend; nothing outside the declarations changes", () => {
    expect(pointed).toContain('backend ssl_shield_bwi_va_us {\n  .host = "127.0.0.1";\n  .port = "40003";\n}');
    const from = (vcl: string) => vcl.slice(vcl.indexOf("sub vcl_recv"));
    expect(from(pointed)).toBe(from(assembled));
  });

  test("refuses a VCL whose origins it was not given, or origins the VCL does not declare", () => {
    expect(() => pointBackendsAtLocalOrigins(assembled, { F_packager: 1, ssl_shield_bwi_va_us: 3 })).toThrow(/no local origin for backend F_canary/);
    expect(() => pointBackendsAtLocalOrigins(assembled, { ...ports, F_other: 4 })).toThrow(/declares no F_other/);
  });
});
