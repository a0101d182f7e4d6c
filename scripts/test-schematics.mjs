#!/usr/bin/env node
// Schematic unit tests (`ng add ngx-genesys-callback`, `migrate-from-widgets`), run after `ng build callback-service`:
// 1. `tsc -p projects/callback-service/tsconfig.schematics.json` compiles the shipped schematics
//    into dist/ngx-genesys-callback/schematics (that tsconfig excludes *.spec.cts, so the build
//    used before `npm pack` can never put specs in the package);
// 2. the *.spec.cts files are type-checked and emitted next to them with the same compiler options;
// 3. Node's test runner runs them against dist (the files that ship, collection.json included);
// 4. the compiled specs are deleted again, pass or fail.
// Ends with a plain "N passed, N failed" line; exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const TSCONFIG = 'projects/callback-service/tsconfig.schematics.json';
const SOURCES = 'projects/callback-service/schematics';
const DIST = 'dist/ngx-genesys-callback/schematics';

if (!existsSync(join(DIST, 'collection.json'))) {
  console.error(
    `${DIST}/collection.json is missing: run \`./node_modules/.bin/ng build callback-service\` ` +
      'first (it cleans dist and copies the schematic assets).',
  );
  finish(0, 1);
}

let passed = 0;
let failed = 0;
try {
  const built = await run('./node_modules/.bin/tsc', ['-p', TSCONFIG]);
  const specs = built.code === 0 ? compileSpecs() : null;
  if (!specs) {
    console.error('\nCompiling the schematics or their specs failed.');
    failed = 1;
  } else if (specs.length === 0) {
    // `node --test` without files would discover and run every test-*.mjs in the repository.
    console.error(`\nNo *.spec.cts under ${SOURCES}.`);
    failed = 1;
  } else {
    const result = await run(process.execPath, ['--test', '--test-reporter=tap', ...specs]);
    passed = Number(/^# pass (\d+)$/m.exec(result.output)?.[1] ?? 0);
    failed = Number(/^# fail (\d+)$/m.exec(result.output)?.[1] ?? 0);
    if (result.code !== 0 && failed === 0) failed = 1; // crashed before reporting
  }
} finally {
  for (const file of compiledSpecs()) rmSync(file);
}
finish(passed, failed);

/**
 * Type-checks the *.spec.cts files with the compiler options of TSCONFIG and emits them into
 * DIST. Returns the emitted .spec.cjs paths, or null on a compile error.
 */
function compileSpecs() {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => report([d]) };
  const config = ts.getParsedCommandLineOfConfigFile(TSCONFIG, {}, host);
  if (!config) return null;
  const sources = ts.sys.readDirectory(SOURCES, ['.cts'], undefined, ['**/*.spec.cts']);
  const program = ts.createProgram({ rootNames: sources, options: config.options });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length) {
    report(diagnostics);
    return null;
  }
  for (const source of sources) program.emit(program.getSourceFile(source));
  return compiledSpecs().filter((file) => file.endsWith('.spec.cjs'));
}

/** Compiled spec files (.spec.cjs, .spec.d.cts) under DIST. */
function compiledSpecs() {
  if (!existsSync(DIST)) return [];
  return readdirSync(DIST, { recursive: true })
    .map((file) => join(DIST, String(file)))
    .filter((file) => /\.spec\.(?:cjs|d\.cts)(?:\.map)?$/.test(file));
}

function report(diagnostics) {
  console.error(
    ts.formatDiagnosticsWithColorAndContext(diagnostics, {
      getCanonicalFileName: (fileName) => fileName,
      getCurrentDirectory: ts.sys.getCurrentDirectory,
      getNewLine: () => ts.sys.newLine,
    }),
  );
}

function finish(passedCount, failedCount) {
  console.log(`\n${passedCount} passed, ${failedCount} failed`);
  process.exit(failedCount > 0 ? 1 : 0);
}

/** Runs a command, echoing its output, and resolves with its exit code and stdout. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', (error) => {
      console.error(error.message);
      resolve({ code: 1, output });
    });
    child.on('close', (exitCode) => resolve({ code: exitCode ?? 1, output }));
  });
}
