// The Vite setup of every Dezky SPA: Vue, output into the BFF's classpath so the BFF serves it.
import vue from '@vitejs/plugin-vue'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

/** @param {string} frontendRoot - the app's src/main/frontend folder (import.meta.url of its vite.config) */
export function spaConfig(frontendRoot) {
  const root = fileURLToPath(new URL('.', frontendRoot))
  return defineConfig({
    root,
    plugins: [vue()],
    // What every SPA serves as is (the favicon), from the shared package.
    publicDir: fileURLToPath(new URL('./public', import.meta.url)),
    build: {
      // src/main/frontend -> target/classes/static of the BFF module
      outDir: fileURLToPath(new URL('../../../target/classes/static', frontendRoot)),
      emptyOutDir: true,
      assetsDir: 'assets',
    },
    test: {
      environment: 'jsdom',
    },
  })
}
