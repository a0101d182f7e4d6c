// The steps of a consumer app checked in under integration/: copy it into a cache folder with
// the packed library, npm install, ng build, ng test. The Angular 22 check runs them on its app
// (the defaults below); scripts/check-no-cdk.mjs runs them on integration/no-cdk-app.
import fs from 'node:fs';
import path from 'node:path';
import { appDir, appSource, PACKAGE, sharedAppSource, WORKSPACE_ONLY_FILES } from './config.mjs';
import { node22 } from './node22.mjs';
import { listFiles, readJson, run, sortKeys } from './run.mjs';

/**
 * A checked-in app: `source` its folder under integration/, `dir` where it is copied to and
 * run (outside the repository), `node` the Node binary that runs its ng.
 */
export const ANGULAR22_APP = { source: appSource, dir: appDir, node: node22 };

/**
 * Copies the app (`fresh`: from scratch) into `app.dir`, outside the repository, and gives it
 * the tarball `s.tarball` as its library: package.json gains the library and `dependencies`
 * (by default the peers the inspected tarball declares, Angular ones mapped to Angular 22;
 * the app's own pins win).
 */
export async function writeApp(
  s,
  { fresh, app = ANGULAR22_APP, dependencies = s.extraDependencies },
) {
  if (fresh) fs.rmSync(app.dir, { recursive: true, force: true });
  fs.mkdirSync(app.dir, { recursive: true });
  for (const name of ['src', 'dist'])
    fs.rmSync(path.join(app.dir, name), { recursive: true, force: true });
  // The tarball is copied under a name that changes with its content, so that npm install
  // replaces the installed library exactly when the tarball changed.
  const tgzName = `${PACKAGE}-${s.version}-${s.tarballSha.slice(0, 12)}.tgz`;
  for (const file of fs.readdirSync(app.dir)) {
    if (file.startsWith(`${PACKAGE}-`) && file.endsWith('.tgz') && file !== tgzName) {
      fs.rmSync(path.join(app.dir, file));
    }
  }
  fs.copyFileSync(s.tarball, path.join(app.dir, tgzName));
  const relativeFiles = (dir) =>
    listFiles(dir)
      .map((file) => path.relative(dir, file))
      .filter((file) => !WORKSPACE_ONLY_FILES.includes(file));
  const files = relativeFiles(app.source);
  for (const [dir, names] of [
    [sharedAppSource, relativeFiles(sharedAppSource)],
    [app.source, files],
  ]) {
    for (const file of names) {
      fs.mkdirSync(path.dirname(path.join(app.dir, file)), { recursive: true });
      fs.copyFileSync(path.join(dir, file), path.join(app.dir, file));
    }
  }
  const pkg = readJson(path.join(app.source, 'package.json'));
  pkg.dependencies = sortKeys({
    ...dependencies,
    ...pkg.dependencies,
    [PACKAGE]: `file:./${tgzName}`,
  });
  fs.writeFileSync(path.join(app.dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const specs = files.filter((file) => file.endsWith('.spec.ts'));
  console.log(`${app.dir}: ${files.length} files from ${path.relative(process.cwd(), app.source)}`);
  console.log(`specs: ${specs.join(', ')}`);
}

/**
 * Installs the app's packages and records their versions in `s.versions` (a package that is
 * not installed has none); fails unless @angular/core is `angularMajor`.x.
 */
export async function installApp(s, env, { app = ANGULAR22_APP, angularMajor = 22 } = {}) {
  await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: app.dir, env });
  const version = (name) => {
    const file = path.join(app.dir, 'node_modules', name, 'package.json');
    return fs.existsSync(file) ? readJson(file).version : undefined;
  };
  s.versions = {
    '@angular/core': version('@angular/core'),
    '@angular/build': version('@angular/build'),
    '@angular/cdk': version('@angular/cdk'),
    typescript: version('typescript'),
    [PACKAGE]: version(PACKAGE),
  };
  console.log(
    Object.entries(s.versions)
      .map(([name, v]) => `${name} ${v ?? '(not installed)'}`)
      .join(', '),
  );
  if (!s.versions['@angular/core']?.startsWith(`${angularMajor}.`)) {
    throw new Error(
      `Installed @angular/core ${s.versions['@angular/core']}, expected ${angularMajor}.x`,
    );
  }
}

/**
 * Builds the app (`ng build`); resolves with its output, or `{ output, code }` when
 * `allowFailure`.
 */
export async function buildApp(env, { app = ANGULAR22_APP, allowFailure = false } = {}) {
  return run(app.node, [path.join('node_modules', '.bin', 'ng'), 'build'], {
    cwd: app.dir,
    env,
    allowFailure,
  });
}

/** Runs the specs; sets `counts` from the "N passed, N failed" line Karma ends with. */
export async function testApp(env, counts, { app = ANGULAR22_APP } = {}) {
  const { output, code } = await run(app.node, [path.join('node_modules', '.bin', 'ng'), 'test'], {
    cwd: app.dir,
    env,
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
