import {
  chain,
  SchematicsException,
  type Rule,
  type SchematicContext,
  type Tree,
} from '@angular-devkit/schematics';
import {
  addRootProvider,
  readWorkspace,
  type ProjectDefinition,
} from '@schematics/angular/utility';
import {
  addHttpClientProvider,
  findMainFile,
  findStandaloneRoot,
  LIBRARY,
  providerLead,
  quote,
  resolveProjectName,
  tidyInsertions,
} from '../shared/standalone-app.cjs';

/** Options of `ng add ngx-genesys-callback` (see schema.json). */
export interface NgAddOptions {
  /** The application to set up; default: the workspace's default project, else its first application. */
  project?: string;
  /** The callback service URL; default: a placeholder for the chosen API version. */
  dataURL?: string;
  /** The Genesys Callback API version; default `'v1'`. */
  apiVersion?: 'v1' | 'v3';
}

/** Placeholders written when `--data-url` is not given, one per API version. */
export const DATA_URL_PLACEHOLDERS = Object.freeze({
  v1: 'https://gms.example.com/genesys/1/service/callback/YOUR-SERVICE',
  v3: 'https://api.example.com/engagement/v3/callbacks',
});

/**
 * Adds `provideHttpClient()` (unless a `provideHttpClient(...)` call is already there) and
 * `provideCallback({...})` with placeholders to the root providers of a standalone application,
 * usually `app.config.ts`. A second run changes nothing. When the application has no
 * `bootstrapApplication()` config it can edit (NgModule apps), it logs the snippet to add by hand.
 *
 * @example
 * ```bash
 * ng add ngx-genesys-callback --project portal --api-version v3
 * ```
 */
export function ngAdd(options: NgAddOptions = {}): Rule {
  return async (tree: Tree, context: SchematicContext) => {
    const apiVersion = options.apiVersion ?? 'v1';
    if (apiVersion !== 'v1' && apiVersion !== 'v3') {
      throw new SchematicsException(`--api-version must be 'v1' or 'v3', got '${apiVersion}'.`);
    }
    const settings: CallbackSettings = {
      dataURL: checkDataUrl(options.dataURL ?? DATA_URL_PLACEHOLDERS[apiVersion]),
      apiVersion,
      placeholders: [
        ...(options.dataURL === undefined ? ['dataURL'] : []),
        ...(apiVersion === 'v3' ? ['apikey', 'serviceName'] : []),
      ],
    };
    const workspace = await readWorkspace(tree);
    const projectName = resolveProjectName(workspace, options.project, `ng add ${LIBRARY}`);
    const project = workspace.projects.get(projectName) as ProjectDefinition;
    const { logger } = context;

    const mainFile = findMainFile(project);
    const root = findStandaloneRoot(tree, mainFile);
    if (!root) {
      logger.warn(
        `ngx-genesys-callback: no standalone application config (bootstrapApplication() in ` +
          `${mainFile ?? `the build target of "${projectName}"`}) was found, so nothing was changed. ` +
          `Add these to your root providers by hand:\n\n` +
          manualSnippet(settings),
      );
      return undefined;
    }

    const rules: Rule[] = [];
    const httpClient = addHttpClientProvider(projectName, root, (message) => logger.info(message));
    if (httpClient) rules.push(httpClient);
    const lead = providerLead(root);
    if (root.calls.has('provideCallback')) {
      logger.info(`provideCallback(...) is already in ${root.filePath}: left unchanged.`);
    } else {
      const config = configLiteral(settings, root.elementIndent ?? '');
      rules.push(
        addRootProvider(
          projectName,
          ({ code, external }) => code`${lead}${external('provideCallback', LIBRARY)}(${config})`,
        ),
      );
      logger.info(
        `Added provideCallback({ apiVersion: '${apiVersion}', ... }) to ${root.filePath}` +
          (settings.placeholders.length
            ? `: replace the TODO placeholder${settings.placeholders.length > 1 ? 's' : ''} ` +
              `(${settings.placeholders.join(', ')}).`
            : '.'),
      );
    }
    if (rules.length === 0) return undefined;
    return chain([...rules, tidyInsertions(root.filePath)]);
  };
}

/** What goes into provideCallback({...}). */
interface CallbackSettings {
  dataURL: string;
  apiVersion: 'v1' | 'v3';
  /** Options left as placeholders, named in the TODO comment. */
  placeholders: string[];
}

/** The object literal given to provideCallback(), indented one level below `base`. */
function configLiteral(
  { dataURL, apiVersion, placeholders }: CallbackSettings,
  base: string,
): string {
  const lines = [`dataURL: ${quote(dataURL)},`, `apiVersion: '${apiVersion}',`];
  if (apiVersion === 'v3') lines.push(`apikey: 'YOUR-API-KEY',`, `serviceName: 'YOUR-SERVICE',`);
  if (placeholders.length) {
    const noun = placeholders.length > 1 ? 'placeholders' : 'placeholder';
    lines.unshift(
      `// TODO: replace ${noun} ${placeholders.join(', ')} with your own Genesys settings.`,
    );
  }
  return `{\n${lines.map((line) => `${base}  ${line}`).join('\n')}\n${base}}`;
}

function manualSnippet(settings: CallbackSettings): string {
  return [
    `import { provideHttpClient } from '@angular/common/http';`,
    `import { provideCallback } from '${LIBRARY}';`,
    ``,
    `providers: [`,
    `  provideHttpClient(),`,
    `  provideCallback(${configLiteral(settings, '  ')}),`,
    `]`,
  ].join('\n');
}

function checkDataUrl(value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new SchematicsException(
      `--data-url must be an absolute http: or https: URL, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}
