import type MarkdownIt from 'markdown-it';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { bpMarkdown, bpMath } from './bp/markdown.js';

// Where "Edit this page" points. The repository's public address is not fixed yet, so it can be
// set from the environment at build time; the default is the project's planned home.
const repository = process.env.BP_DOCS_REPOSITORY ?? 'https://github.com/bp-toolkit/bp';

/** The Learn pages in reading order; the sidebar and the page footers follow it. */
export const LEARN: readonly DefaultTheme.SidebarItem[] = [
  { text: 'The chain rule', link: '/learn/chain-rule' },
  { text: 'Derivatives and sensitivity', link: '/learn/derivatives' },
  { text: 'Power, product and quotient rules', link: '/learn/rules' },
  { text: 'The gradient vector', link: '/learn/gradient' },
  { text: 'Computation graphs', link: '/learn/computation-graphs' },
  { text: 'A single neuron', link: '/learn/neuron' },
  { text: 'Averaging over data, and the bias', link: '/learn/averaging' },
  { text: 'Many neurons and δ', link: '/learn/many-neurons' },
  { text: 'A dense layer in matrix form', link: '/learn/dense-layer' },
  { text: 'Matrix calculus', link: '/learn/matrix-calculus' },
  { text: 'Activation derivatives', link: '/learn/activations' },
  { text: 'Loss derivatives', link: '/learn/losses' },
  { text: 'Gradient descent and optimizers', link: '/learn/optimizers' },
  { text: 'Gradient checking', link: '/learn/gradient-checking' },
  { text: 'Second derivatives', link: '/learn/second-derivatives' },
  { text: 'Common mistakes', link: '/learn/mistakes' },
];

export default defineConfig({
  title: 'bp',
  description: 'Backpropagation you can see, run fast and prove right.',
  cleanUrls: true,
  srcExclude: ['README.md'],
  lastUpdated: false,
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    ['meta', { name: 'theme-color', content: '#3c8772' }],
  ],
  markdown: {
    config(renderer) {
      // VitePress types its renderer with its own older copy of markdown-it's types; at run time it
      // is markdown-it 14, the version the plugins are typed against.
      const md = renderer as unknown as MarkdownIt;
      md.use(bpMath);
      md.use(bpMarkdown);
    },
  },
  vite: {
    // Mermaid and mathjs are large; they load only on pages that draw diagrams or run the playground.
    build: { chunkSizeWarningLimit: 2500 },
    optimizeDeps: { include: ['mermaid'] },
    ssr: { noExternal: ['katex'] },
  },
  themeConfig: {
    nav: [
      { text: 'Learn', link: '/learn/chain-rule', activeMatch: '^/learn/' },
      { text: 'Reference', link: '/reference/', activeMatch: '^/reference/' },
      { text: 'Playground', link: '/playground' },
    ],
    sidebar: [
      {
        text: 'Start',
        items: [
          { text: 'Getting started', link: '/guide/getting-started' },
          { text: 'Checking gradients in CI', link: '/guide/ci' },
        ],
      },
      { text: 'Learn', items: [...LEARN] },
      {
        text: 'Reference',
        items: [
          { text: 'Overview', link: '/reference/' },
          { text: 'The bp command', link: '/reference/cli' },
          { text: 'Functions', link: '/reference/functions' },
          { text: '@bp/symbolic API', link: '/reference/symbolic' },
          { text: '@bp/symbolic/engine API', link: '/reference/symbolic-engine' },
          { text: '@bp/numeric API', link: '/reference/numeric' },
          { text: '@bp/verify API', link: '/reference/verify' },
          { text: 'JSON contracts', link: '/reference/contracts' },
          { text: 'Errors and codes', link: '/reference/errors' },
          { text: 'Verified worked examples', link: '/reference/worked-examples' },
        ],
      },
      { text: 'Playground', items: [{ text: 'Try it in the browser', link: '/playground' }] },
    ],
    search: { provider: 'local' },
    editLink: { pattern: `${repository}/edit/main/apps/docs/:path`, text: 'Edit this page' },
    outline: 'deep',
    footer: { message: 'Every formula and number on these pages is recomputed and checked when the site is built.' },
  },
});
