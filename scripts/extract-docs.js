// Writes the code of the docs into a project directory, so CI compiles the docs as written:
// the first ```ts block of README.md's "## Using the library" becomes main.ts, and every
// ```ts block of docs/cookbook.md preceded by `<!-- recipe: <path> -->` becomes <path>.
// Usage: node scripts/extract-docs.js <project dir>   (prints the files it wrote)
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/extract-docs.js <project dir>");
  process.exit(2);
}

function firstTsBlock(text, from, what) {
  const m = /```ts\n([\s\S]*?)```/.exec(text.slice(from));
  if (!m) throw new Error(`no \`\`\`ts block after ${what}`);
  return m[1];
}

function write(rel, code) {
  const file = path.join(out, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, code);
  console.log(`${rel} (${code.split("\n").length - 1} lines)`);
}

const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const section = readme.indexOf("## Using the library");
if (section < 0) throw new Error('README.md has no "## Using the library" section');
write("main.ts", firstTsBlock(readme, section, "README's Using the library"));

const cookbook = fs.readFileSync(path.join(root, "docs", "cookbook.md"), "utf8");
const recipes = [...cookbook.matchAll(/<!-- recipe: (\S+) -->\n```ts\n([\s\S]*?)```/g)];
if (recipes.length === 0) throw new Error("docs/cookbook.md has no recipes");
for (const [, rel, code] of recipes) write(rel, code);
