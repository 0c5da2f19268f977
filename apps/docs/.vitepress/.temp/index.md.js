import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"bp","text":"Backpropagation you can see, run fast and prove right.","tagline":"Symbolic derivatives with every rule shown, compiled typed-array kernels, and finite-difference proofs.","actions":[{"theme":"brand","text":"Learn backprop","link":"/learn/chain-rule"},{"theme":"alt","text":"Get started","link":"/guide/getting-started"},{"theme":"alt","text":"Playground","link":"/playground"}]},"features":[{"title":"Every rule shown","details":"Derivatives come with the rule used at each step, in your own intermediate names."},{"title":"Checked, not trusted","details":"Every formula and number on this site is recomputed when the site is built and compared with finite differences; a wrong one stops the build."},{"title":"Try it live","details":"The playground runs the same packages in your browser."}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}');
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
