// The library tarball: find it (building and packing the library when needed) and inspect it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { angularRange, PACKAGE, root } from './config.mjs';
import { kb, listFiles, readJson, run } from './run.mjs';

/**
 * Sets `s.tarball`: `given` when there is one, else dist/ngx-genesys-callback-<version>.tgz,
 * built (`build`, or no build yet) and packed again when the build is newer.
 */
export async function findTarball(s, { given, build }) {
  if (given) {
    s.tarball = path.resolve(given);
    if (!fs.existsSync(s.tarball)) throw new Error(`No such tarball: ${s.tarball}`);
  } else {
    const dist = path.join(root, 'dist');
    const built = path.join(dist, PACKAGE, 'package.json');
    if (build || !fs.existsSync(built)) {
      await run(path.join(root, 'node_modules', '.bin', 'ng'), ['build', 'callback-service'], {
        cwd: root,
        env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
      });
    }
    const { version } = readJson(built);
    const expected = path.join(dist, `${PACKAGE}-${version}.tgz`);
    if (!fs.existsSync(expected) || fs.statSync(expected).mtimeMs < fs.statSync(built).mtimeMs) {
      const output = await run('npm', ['pack', '--json', '--pack-destination', dist], {
        cwd: path.dirname(built),
        quiet: true,
      });
      const packed = JSON.parse(output.slice(output.indexOf('[')))[0];
      console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${kb(packed.size)}`);
    }
    s.tarball = expected;
  }
  const stat = fs.statSync(s.tarball);
  const shown = s.tarball.startsWith(root + path.sep) ? path.relative(root, s.tarball) : s.tarball;
  console.log(`tarball: ${shown} (${kb(stat.size)})`);
}

// Reads the tarball's package.json (entry points, peers) and its bare imports, so that the app
// gets every package the library needs, with Angular ones mapped to Angular 22.
export async function inspectTarball(s) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${PACKAGE}-tgz-`));
  try {
    await run('tar', ['-xzf', s.tarball, '-C', dir], { quiet: true });
    const pkgDir = path.join(dir, 'package');
    const pkg = readJson(path.join(pkgDir, 'package.json'));
    if (pkg.name !== PACKAGE) throw new Error(`The tarball holds ${pkg.name}, not ${PACKAGE}.`);
    s.version = pkg.version;
    s.tarballSha = createHash('sha256').update(fs.readFileSync(s.tarball)).digest('hex');
    const exportsMap = pkg.exports ?? {};
    s.entries = Object.keys(exportsMap).filter((key) => key !== './package.json');
    // The app imports every entry point; a missing one is a broken package, said plainly here
    // rather than as a compile error later.
    const missing = ['.', './testing', './widget', './widget/testing'].filter(
      (entry) => !(entry in exportsMap),
    );
    if (missing.length) throw new Error(`The tarball has no ${missing.join(', ')} entry point.`);

    const declared = { ...pkg.dependencies, ...pkg.peerDependencies };
    const imported = new Set();
    for (const file of listFiles(pkgDir).filter((f) => f.endsWith('.mjs'))) {
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"./][^'"]*)['"]/g,
      )) {
        const parts = match[1].split('/');
        imported.add(parts[0].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
      }
    }
    imported.delete(PACKAGE);
    const workspace = readJson(path.join(root, 'package.json'));
    const workspaceRanges = { ...workspace.devDependencies, ...workspace.dependencies };
    s.extraDependencies = {};
    for (const [name, range] of Object.entries(pkg.peerDependencies ?? {})) {
      s.extraDependencies[name] = angularRange(name) ?? range;
    }
    s.undeclared = [...imported].filter((name) => !(name in declared)).sort();
    for (const name of s.undeclared) {
      s.extraDependencies[name] = angularRange(name) ?? workspaceRanges[name] ?? '*';
    }
    console.log(`${PACKAGE}@${pkg.version}, entry points: ${s.entries.join(', ')}`);
    console.log(`peerDependencies: ${JSON.stringify(pkg.peerDependencies ?? {})}`);
    console.log(`imports: ${[...imported].sort().join(', ')}`);
    if (s.undeclared.length > 0) {
      console.warn(
        `WARNING: the tarball imports ${s.undeclared.join(', ')} but declares ${s.undeclared.length === 1 ? 'it' : 'them'} ` +
          'in neither dependencies nor peerDependencies; a portal installing it gets a build error. ' +
          'Added to the test app so the check can go on.',
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
