// One part of the extension (the service worker, the popup) built by a Vite run of its own, with the
// main build's root, mode, `define`, target and minifier, writing nothing: the caller emits the files
// through crxjs's manifest hook, so that the manifest names what was built.
import { build, type InlineConfig, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

type Apart = { plugins?: InlineConfig['plugins']; modulePreload: NonNullable<InlineConfig['build']>['modulePreload']; rolldownOptions: Rolldown.RolldownOptions };

export async function buildApart(config: ResolvedConfig, apart: Apart): Promise<Array<Rolldown.RolldownOutput['output'][number]>> {
  const result = await build({
    configFile: false,
    root: config.root,
    mode: config.mode, // `import.meta.env.MODE`: the e2e hook is in e2e builds only
    define: config.define,
    publicDir: false,
    logLevel: 'warn',
    plugins: apart.plugins ?? [],
    build: {
      write: false,
      emptyOutDir: false,
      target: config.build.target,
      minify: config.build.minify,
      sourcemap: false,
      modulePreload: apart.modulePreload,
      rolldownOptions: apart.rolldownOptions,
    },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((o) => (o as Rolldown.RolldownOutput).output);
}

type Manifest = Record<string, unknown>;

interface CrxManifestHook {
  /** crxjs: runs before the manifest is written, with output file names. */
  renderCrxManifest(this: Rolldown.PluginContext, manifest: Manifest): Promise<Manifest>;
}

/**
 * A plugin that builds its part apart when crxjs writes the manifest: `emit` builds it (with the main
 * build's resolved config), emits its files and puts them back into the manifest.
 */
export function apartPlugin(name: string, emit: (this: Rolldown.PluginContext, config: ResolvedConfig, manifest: Manifest) => Promise<void>): Plugin & CrxManifestHook {
  let config: ResolvedConfig;
  return {
    name,
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async renderCrxManifest(manifest) {
      await emit.call(this, config, manifest);
      return manifest;
    },
  };
}
