import { defineAsyncComponent } from 'vue';
import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import 'katex/dist/katex.min.css';
import './style.css';
import BpMermaid from './components/BpMermaid.vue';

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('BpMermaid', BpMermaid);
    // The playground brings @bp/symbolic, mathjs and KaTeX into the browser: load it only where used.
    app.component('BpPlayground', defineAsyncComponent(() => import('./components/BpPlayground.vue')));
  },
};

export default theme;
