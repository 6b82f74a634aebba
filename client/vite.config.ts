import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import tailwindcss from "@tailwindcss/vite";
import type { Plugin } from "vite";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";

/**
 * sonner injects its stylesheet with a <style> element at start-up, which the page's
 * CSP (style-src 'self') blocks and reports. Its CSS is imported as a file in main.tsx
 * instead, so the injection is turned off here.
 */
function sonnerWithoutInlineStyles(): Plugin {
  return {
    name: "hemicycle:sonner-without-inline-styles",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]sonner[\\/]dist[\\/]index\.m?js$/.test(id)) return null;
      const patched = code.replace(/function __insertCSS\(code\) \{/, "function __insertCSS(code) { return;");
      if (patched === code) this.warn("sonner's __insertCSS not found: its inline <style> will be blocked by the CSP");
      return { code: patched, map: null };
    },
  };
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;

/**
 * Every text file of the build gets a .br (quality 11) and a .gz (level 9) beside it, which
 * the server sends as they are to a browser that accepts them (@fastify/static's
 * preCompressed, server/src/http/routes/client-app.ts): the best ratio at no cost per
 * request. Written here with node:zlib rather than a plugin
 * (docs/decisions/0018-pre-compressed-client-files.md). Runs last, after the service
 * worker is written, so sw.js is compressed too; the .br and .gz files are not precached
 * (its glob lists the originals only). A file that would not shrink gets neither.
 */
function preCompress(): Plugin {
  let outDir = "dist";
  return {
    name: "hemicycle:pre-compress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir.startsWith("/") ? config.build.outDir : join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: "post",
      sequential: true,
      async handler() {
        const files = (await readdir(outDir, { recursive: true })).filter((file) => COMPRESSIBLE.test(file));
        await Promise.all(
          files.map(async (file) => {
            const path = join(outDir, file);
            const content = await readFile(path);
            const [br, gz] = await Promise.all([
              brotli(content, {
                params: {
                  [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
                  [zlib.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
              gzipAsync(content, { level: 9 }),
            ]);
            if (br.length < content.length) await writeFile(`${path}.br`, br);
            if (gz.length < content.length) await writeFile(`${path}.gz`, gz);
          }),
        );
      },
    },
  };
}

/**
 * With HEMICYCLE_BUNDLE_REPORT=<file>, the build also writes which modules went into
 * which chunk, for bench/bundle.mjs to check what the first page loads.
 */
function bundleReport(file: string | undefined): Plugin | null {
  if (!file) return null;
  return {
    name: "hemicycle:bundle-report",
    apply: "build",
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) =>
        output.type === "chunk"
          ? [
              {
                fileName: output.fileName,
                isEntry: output.isEntry,
                imports: output.imports,
                modules: Object.keys(output.modules),
              },
            ]
          : [],
      );
      await writeFile(file, JSON.stringify(chunks));
    },
  };
}

/** Every module the entry imports statically, found once the module graph is complete. */
const firstDownloadModules = new Set<string>();

/**
 * What the first page needs, in one chunk (docs/performance.md "The SPA's weight"): the
 * modules the entry imports statically are all downloaded before anything runs, so
 * spreading them over eight files only cost requests and compression (brotli does better
 * on one file: 5.6 kB less). Lazy chunks import what they share with it from that chunk.
 */
function firstDownloadInOneChunk(): Plugin {
  return {
    name: "hemicycle:first-download-in-one-chunk",
    apply: "build",
    buildEnd() {
      firstDownloadModules.clear();
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (firstDownloadModules.has(id)) continue;
        firstDownloadModules.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

const api = process.env.HEMICYCLE_API ?? "http://localhost:3000";

export default defineConfig({
  plugins: [
    sonnerWithoutInlineStyles(),
    react(),
    tailwindcss(),
    // The app shell offline once visited (docs/decisions/0015-service-worker-and-outbox.md): a
    // Workbox service worker at /sw.js precaches the built files and answers page
    // addresses with index.html. It caches no answer of the API: what waits to be sent
    // lives in the IndexedDB outbox (lib/outbox), per user.
    VitePWA({
      // Registered by lib/service-worker.ts (imported by main.tsx): no inline script under the CSP.
      injectRegister: false,
      registerType: "autoUpdate",
      manifest: false,
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,ico,woff2}"],
        navigateFallback: "/index.html",
        // The server's own addresses are never the app: no page fallback, no cache.
        navigateFallbackDenylist: [/^\/(trpc|files|export|api|health|ready)(\/|$|\?)/],
        runtimeCaching: [],
        // Every page's chunk is precached, so that any page opens offline once the app
        // was visited (the charts' chunk is the largest, ~420 kB; the default limit is 2 MiB).
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    firstDownloadInOneChunk(),
    preCompress(),
    bundleReport(process.env.HEMICYCLE_BUNDLE_REPORT),
  ],
  server: {
    port: 5173,
    proxy: {
      "/trpc": api,
      "/health": api,
      "/ready": api,
      "/export": api,
      "/files": api,
    },
  },
  build: {
    outDir: "dist",
    // The page runs under a strict CSP (script-src 'self'): no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    // No source maps in the build: the server would not serve them (docs/security.md).
    sourcemap: false,
    // Pages, charts, the Gantt and markdown are lazy chunks (app/router.tsx); only the
    // charts' chunk (recharts, ~420 kB before compression) is over Vite's 500 kB default.
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: "index", test: (id) => firstDownloadModules.has(id) }] } },
    },
  },
});
