/** Vite's `import.meta.glob`, which vitest provides to tests (Node and browser projects alike). */
interface ImportMeta {
  glob<T = unknown>(pattern: string, options: { readonly eager: true }): Record<string, T>;
}
