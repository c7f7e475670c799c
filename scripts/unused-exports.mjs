#!/usr/bin/env node
/**
 * `npm run check:exports`: lists every exported value (function, class, constant) of the project's own source that no
 * other file uses (tests count as users, and so does the package's public API, `stacks/index.ts`, by naming it), and
 * exits 1 if there is any.
 * An export nothing imports is dead weight or a forgotten `export`: remove it, or the keyword.
 *
 * `--root DIR` checks another project laid out like this one (its tsconfig.json, the same folder names).
 *
 * It asks TypeScript's language service for the references of each exported name, as an editor's "find all
 * references" does, so re-exports, type-only uses and `import()` types all count.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The folders whose exports are checked: everything but tests, generated bindings and build output. */
const CHECKED = ["bench", "config", "examples", "lambda", "local", "policy", "sandbox", "scripts", "stacks"];

/**
 * Exports called by name from outside TypeScript: SCF calls `index.main_handler` in each function's bundle (the
 * stack's `handler`), and cdktf runs `main.ts`; the tests, the sandbox and the bench load each built bundle and call
 * its `handlerFromEnvironment`, which no import names.
 */
const CALLED_FROM_OUTSIDE = new Set(["main_handler", "handlerFromEnvironment"]);

/** The unused exports, as `file:line name`, sorted. */
export function unusedExports(root = ROOT) {
  const configPath = path.join(root, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (parsed === undefined) {
    throw new Error(`cannot read ${configPath}`);
  }
  const files = parsed.fileNames.filter((file) => !file.includes(`${path.sep}node_modules${path.sep}`));
  const host = {
    getScriptFileNames: () => files,
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) =>
      fs.existsSync(file) ? ts.ScriptSnapshot.fromString(fs.readFileSync(file, "utf8")) : undefined,
    getCurrentDirectory: () => root,
    getCompilationSettings: () => parsed.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const program = service.getProgram();
  const namedByScripts = wordsOfScripts(root);
  const unused = [];
  for (const file of files) {
    const relative = path.relative(root, file);
    if (!CHECKED.includes(relative.split(path.sep)[0])) {
      continue;
    }
    const source = program.getSourceFile(file);
    for (const name of exportedNames(source)) {
      if (CALLED_FROM_OUTSIDE.has(name.text) || namedByScripts.has(name.text)) {
        continue;
      }
      const references = service.findReferences(file, name.getStart(source)) ?? [];
      const elsewhere = references.some((symbol) =>
        symbol.references.some((reference) => path.resolve(reference.fileName) !== path.resolve(file)),
      );
      if (!elsewhere) {
        const line = source.getLineAndCharacterOfPosition(name.getStart(source)).line + 1;
        unused.push(`${relative}:${line} ${name.text}`);
      }
    }
  }
  return unused.sort();
}

/**
 * The identifiers in the plain JavaScript scripts (`scripts/*.mjs`, `scripts/*.js`), which TypeScript does not
 * compile: `npm run build` requires the built constructs' exports by name from `dist/`.
 */
function wordsOfScripts(root) {
  const dir = path.join(root, "scripts");
  const scripts = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => /\.m?js$/.test(name)) : [];
  return new Set(
    scripts.flatMap((name) => fs.readFileSync(path.join(dir, name), "utf8").match(/[A-Za-z_$][\w$]*/g) ?? []),
  );
}

/** The name nodes of a file's own exported values: functions, classes, enums, variables (not re-exports, which are uses). */
function exportedNames(source) {
  const names = [];
  for (const statement of source.statements) {
    const exported =
      ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported || ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) {
      continue;
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) {
          names.push(declaration.name);
        }
      }
    } else if (
      ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isEnumDeclaration(statement)
    ) {
      if (statement.name !== undefined) {
        names.push(statement.name);
      }
    }
    // Interfaces and type aliases are left alone: an exported function's parameter and result types document its
    // signature, and the package's declarations need them exported even where no caller names them.
  }
  return names;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--root");
  const unused = unusedExports(at === -1 ? ROOT : path.resolve(process.argv[at + 1]));
  if (unused.length > 0) {
    process.stderr.write(
      `check:exports: ${unused.length} export(s) no other file uses; remove them or their "export":\n`,
    );
    process.stderr.write(unused.map((entry) => `  ${entry}\n`).join(""));
    process.exit(1);
  }
  process.stdout.write("check:exports: every export is used\n");
}
