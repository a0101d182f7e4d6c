// The Angular 22 app's steps: write it into the cache, npm install, ng build, ng test.
import fs from 'node:fs';
import path from 'node:path';
import { appFiles } from './app-files.mjs';
import { appDir, PACKAGE } from './config.mjs';
import { node22 } from './node22.mjs';
import { readJson, run } from './run.mjs';

/** Writes the app (`fresh`: from scratch) with the tarball `s.tarball` as its library. */
export async function writeApp(s, { fresh, chromeFlags }) {
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
  const files = appFiles(s, tgzName, chromeFlags);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    fs.writeFileSync(path.join(appDir, file), content);
  }
  const specs = Object.keys(files).filter((file) => file.endsWith('.spec.ts'));
  console.log(`${appDir}: ${Object.keys(files).length} files; specs: ${specs.join(', ')}`);
}

/** Installs the app's packages with Node 22 and records their versions in `s.versions`. */
export async function installApp(s, env22) {
  await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: appDir, env: env22 });
  const version = (name) =>
    readJson(path.join(appDir, 'node_modules', name, 'package.json')).version;
  s.versions = {
    '@angular/core': version('@angular/core'),
    '@angular/build': version('@angular/build'),
    '@angular/cdk': fs.existsSync(path.join(appDir, 'node_modules', '@angular/cdk'))
      ? version('@angular/cdk')
      : '-',
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
