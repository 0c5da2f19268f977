import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Playground","description":"","frontmatter":{"outline":false},"headers":[],"relativePath":"playground.md","filePath":"playground.md"}');
const _sfc_main = { name: "playground.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_BpPlayground = resolveComponent("BpPlayground");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="playground" tabindex="-1">Playground <a class="header-anchor" href="#playground" aria-label="Permalink to &quot;Playground&quot;">​</a></h1><p>Type an expression or a straight-line program (assignments separated by <code>;</code> or new lines; the last one is the output) and a point. The value, the gradient, the derivation with its rules, the computation graph and a finite-difference check are all computed in your browser by @bp/symbolic, and the check runs on an independent evaluator (mathjs), exactly as the build checks the <a href="/learn/chain-rule">Learn</a> pages. For matrices, give the point as JSON (<code>{&quot;W&quot;: [[0.5, -0.3], [0.8, 0.2]], &quot;x&quot;: [1, 2]}</code>: a matrix as rows, a vector as a flat array); the values give the shapes, and the gradient comes out in <a href="/learn/matrix-calculus">matrix form</a>.</p>`);
  _push(ssrRenderComponent(_component_BpPlayground, null, null, _parent));
  _push(`</div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("playground.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const playground = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  playground as default
};
