// The Angular 22 app's steps: copy it from integration/angular22-app into the cache with the
// packed library, npm install, ng build, ng test.
import fs from 'node:fs';
import path from 'node:path';
import { appDir, appSource, PACKAGE, WORKSPACE_ONLY_FILES } from './config.mjs';
import { node22 } from './node22.mjs';
import { listFiles, readJson, run, sortKeys } from './run.mjs';

/**
 * Copies the app (`fresh`: from scratch) into the cache, outside the repository, and gives it
 * the tarball `s.tarball` as its library: package.json gains the library and the peers the
 * inspected tarball declares (Angular ones mapped to Angular 22; the app's own pins win).
 */
export async function writeApp(s, { fresh }) {
  if (fresh) fs.rmSync(appDir, { recursive: true, force: true });
  fs.mkdirSync(appDir, { recursive: true });
  for (const name of ['src', 'dist'])
    fs.rmSync(path.join(appDir, name), { recursive: true, force: true });
  // The tarball is copied under a name that changes with its content, so that npm install
  // replaces the installed library exactly when the tarball changed.
  const tgzName = `${PACKAGE}-${s.version}-${s.tarballSha.slice(0, 12)}.tgz`;
  for (const file of fs.readdirSync(appDir)) {
    if (file.startsWith(`${PACKAGE}-`) && file.endsWith('.tgz') && file !== tgzName) {
      fs.rmSync(path.join(appDir, file));
    }
  }
  fs.copyFileSync(s.tarball, path.join(appDir, tgzName));
  const files = listFiles(appSource)
    .map((file) => path.relative(appSource, file))
    .filter((file) => !WORKSPACE_ONLY_FILES.includes(file));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    fs.copyFileSync(path.join(appSource, file), path.join(appDir, file));
  }
  const pkg = readJson(path.join(appSource, 'package.json'));
  pkg.dependencies = sortKeys({
    ...s.extraDependencies,
    ...pkg.dependencies,
    [PACKAGE]: `file:./${tgzName}`,
  });
  fs.writeFileSync(path.join(appDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const specs = files.filter((file) => file.endsWith('.spec.ts'));
  console.log(`${appDir}: ${files.length} files from ${path.relative(process.cwd(), appSource)}`);
  console.log(`specs: ${specs.join(', ')}`);
}

/** Installs the app's packages with Node 22 and records their versions in `s.versions`. */
export async function installApp(s, env22) {
  await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: appDir, env: env22 });
  const version = (name) =>
    readJson(path.join(appDir, 'node_modules', name, 'package.json')).version;
  s.versions = {
    '@angular/core': version('@angular/core'),
    '@angular/build': version('@angular/build'),
    '@angular/cdk': version('@angular/cdk'),
    typescript: version('typescript'),
    [PACKAGE]: version(PACKAGE),
  };
  console.log(
    Object.entries(s.versions)
      .map(([name, v]) => `${name} ${v}`)
      .join(', '),
  );
  if (!s.versions['@angular/core'].startsWith('22.')) {
    throw new Error(`Installed @angular/core ${s.versions['@angular/core']}, expected 22.x`);
  }
}

/** Builds the app with Node 22 (`ng build`). */
export async function buildApp(env22) {
  await run(node22, [path.join('node_modules', '.bin', 'ng'), 'build'], {
    cwd: appDir,
    env: env22,
  });
}

/** Runs the specs; sets `counts` from the "N passed, N failed" line Karma ends with. */
export async function testApp(env22, counts) {
  const { output, code } = await run(node22, [path.join('node_modules', '.bin', 'ng'), 'test'], {
    cwd: appDir,
    env: env22,
    allowFailure: true,
  });
  const last = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
  if (last) {
    counts.passed = Number(last[1]);
    counts.failed = Number(last[2]);
  }
  if (code !== 0) {
    if (counts.failed === 0) counts.failed = 1;
    throw new Error(`ng test exited with ${code}`);
  }
  if (!last) throw new Error('ng test printed no "N passed, N failed" line');
}
