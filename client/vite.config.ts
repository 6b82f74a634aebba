import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

const api = process.env.HEMICYCLE_API ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: {
      "/trpc": api,
      "/health": api,
      "/export": api,
      "/files": api,
    },
  },
  build: {
    outDir: "dist",
    // The page runs under a strict CSP (script-src 'self'): no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
