import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    // In dev the API runs separately; the browser still sees one origin through this proxy.
    proxy: {
      '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000' },
    },
  },
});
