import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'bp',
  description: 'Backpropagation you can see, run fast and prove right.',
  cleanUrls: true,
  themeConfig: {
    nav: [{ text: 'Guide', link: '/guide/getting-started' }],
    sidebar: [{ text: 'Guide', items: [{ text: 'Getting started', link: '/guide/getting-started' }] }],
    search: { provider: 'local' },
  },
});
