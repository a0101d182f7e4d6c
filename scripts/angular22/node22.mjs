// Node 22 for the Angular 22 app. The workspace runs on Node 20 and Angular 22 needs
// Node ^22.22.3, so Node 22 comes from the npm registry (the `node` package) into the cache.
import fs from 'node:fs';
import path from 'node:path';
import { cacheRoot, NODE_VERSION } from './config.mjs';
import { appEnv, run } from './run.mjs';

const nodeDir = path.join(cacheRoot, 'node22');
/** The Node 22 binary. */
export const node22 = path.join(nodeDir, 'node_modules', 'node', 'bin', 'node');

/** Installs Node NODE_VERSION into the cache unless it is there already. */
export async function installNode22() {
  const have = fs.existsSync(node22)
    ? (await run(node22, ['--version'], { quiet: true })).trim()
    : '';
  if (have === `v${NODE_VERSION}`) {
    console.log(`cached: ${node22}`);
    return;
  }
  fs.mkdirSync(nodeDir, { recursive: true });
  // Its own package.json, so npm installs here and not into an enclosing project.
  fs.writeFileSync(path.join(nodeDir, 'package.json'), '{ "private": true }\n');
  await run(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      `node@${NODE_VERSION}`,
    ],
    { cwd: nodeDir },
  );
  const version = (await run(node22, ['--version'], { quiet: true })).trim();
  if (version !== `v${NODE_VERSION}`)
    throw new Error(`Expected Node v${NODE_VERSION}, got ${version}`);
  console.log(`installed ${version}: ${node22}`);
}

/** The environment for npm and ng in the app: {@link appEnv} with Node 22 first on the PATH. */
export function node22Env(chrome, chromeFlags) {
  const env = appEnv(chrome, chromeFlags);
  return { ...env, PATH: `${path.dirname(node22)}${path.delimiter}${env.PATH ?? ''}` }; // npm, scripts: Node 22
}
