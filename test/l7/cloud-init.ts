/** Files of a cloud-init `write_files` list as rendered by renderL7CloudInit, by path (block scalars unindented). */
export function cloudInitFiles(userData: string): Record<string, string> {
  const files: Record<string, string> = {};
  const lines = userData.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {2}- path: (.+)$/.exec(lines[i]);
    if (!m) continue;
    while (i < lines.length && lines[i] !== "    content: |") i++;
    const body: string[] = [];
    for (i++; i < lines.length && (lines[i].startsWith("      ") || lines[i] === ""); i++) body.push(lines[i].slice(6));
    i--;
    files[m[1]] = `${body.join("\n").trimEnd()}\n`;
  }
  return files;
}
