import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import 'katex/dist/katex.min.css';
import './style.css';
import BpMermaid from './components/BpMermaid.vue';
import BpPlayground from './components/BpPlayground.vue';

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('BpMermaid', BpMermaid);
    app.component('BpPlayground', BpPlayground);
  },
};

export default theme;
