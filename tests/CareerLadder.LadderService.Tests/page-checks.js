// Checks the page as laid out: horizontal overflow, overlapping text or blocks, and text contrast from computed styles.
// Returns a list of problems (strings); an empty list means the page passes.
const problems = [];
const root = document.documentElement;
if (root.scrollWidth > root.clientWidth + 1) {
  problems.push(`horizontal overflow: the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px viewport`);
}
// Nor does any box of the page scroll sideways (a graph or a table in a scrolling frame is overflow too).
for (const element of document.body.querySelectorAll('*')) {
  if (element.closest('svg') || element.scrollWidth <= element.clientWidth + 1) continue;
  const style = getComputedStyle(element);
  if (['auto', 'scroll'].includes(style.overflowX) && style.display !== 'none' && element.clientWidth > 0) {
    problems.push(`horizontal overflow inside <${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).split(' ').join('.') : ''}>: ${element.scrollWidth}px of content in ${element.clientWidth}px`);
  }
}

function visible(element) {
  for (let e = element; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
  }
  return true;
}
const hidden = 'title, desc, script, style, option, template, noscript';
const textNodes = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  if (node.textContent.trim().length === 0) continue;
  const parent = node.parentElement;
  if (!parent || parent.closest(hidden) || !visible(parent)) continue;
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = Array.from(range.getClientRects()).filter(r => r.width > 0.5 && r.height > 0.5);
  if (rects.length > 0) textNodes.push({ node, parent, rects });
}

function label(element) {
  const text = (element.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.split(' ').join('.') : ''}> "${text}"`;
}
function overlap(a, b) {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 1.5 && y > 1.5;
}

// Text over text.
for (let i = 0; i < textNodes.length; i++) {
  for (let j = i + 1; j < textNodes.length; j++) {
    if (textNodes[i].rects.some(a => textNodes[j].rects.some(b => overlap(a, b)))) {
      problems.push(`overlapping text: ${label(textNodes[i].parent)} and ${label(textNodes[j].parent)}`);
    }
  }
}

// Blocks side by side or one under the other never overlap (SVG drawings are checked by the layout tests).
for (const parent of document.body.querySelectorAll('*')) {
  if (parent.closest('svg') || !visible(parent)) continue;
  const children = Array.from(parent.children).filter(c => !c.closest(hidden) && visible(c) && !getComputedStyle(c).display.startsWith('inline') && c.tagName !== 'BR');
  for (let i = 0; i < children.length; i++) {
    for (let j = i + 1; j < children.length; j++) {
      if (overlap(children[i].getBoundingClientRect(), children[j].getBoundingClientRect())) {
        problems.push(`overlapping elements: ${label(children[i])} and ${label(children[j])}`);
      }
    }
  }
}

// Contrast: the text colour (fill in SVG) over the backgrounds behind it, composed up the ancestors.
function parse(color) {
  const m = color && color.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const p = m[1].split(/[ ,/]+/).filter(s => s.length).map(Number);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
}
function over(top, bottom) {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t, b) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}
function layerOf(element) {
  const style = getComputedStyle(element);
  if (element instanceof SVGElement) {
    if (['rect', 'polygon', 'circle', 'ellipse', 'path'].includes(element.tagName) && style.fill !== 'none') {
      const fill = parse(style.fill);
      if (fill) { fill.a *= Number(style.fillOpacity) * Number(style.opacity); return fill; }
    }
    return null;
  }
  const background = parse(style.backgroundColor);
  return background && background.a > 0 ? background : null;
}
function under(shape, point) {
  // A shape lies under the text only if the text's centre is inside its fill.
  if (!point || typeof shape.isPointInFill !== 'function' || !shape.getScreenCTM()) return false;
  const local = new DOMPoint(point.x, point.y).matrixTransform(shape.getScreenCTM().inverse());
  return shape.isPointInFill(local);
}
function backgroundOf(element, point) {
  const layers = [];
  for (let e = element; e; e = e.parentElement) {
    if (e instanceof SVGElement && e.parentElement) {
      // Shapes drawn before this element in the same group lie under it where they contain its centre.
      for (let s = e.previousElementSibling; s; s = s.previousElementSibling) {
        const layer = layerOf(s);
        if (layer && under(s, point)) layers.push(layer);
      }
    }
    const own = e === element && e instanceof SVGElement ? null : layerOf(e);
    if (own) layers.push(own);
  }
  let color = { r: 255, g: 255, b: 255, a: 1 };
  for (let i = layers.length - 1; i >= 0; i--) color = over(layers[i], color);
  return color;
}
function luminance(c) {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
}
const checked = new Set();
const contrastTargets = textNodes.map(t => ({ element: t.parent, rect: t.rects[0] }))
  .concat(Array.from(document.querySelectorAll('select')).filter(visible).map(s => ({ element: s, rect: s.getBoundingClientRect() })));
for (const { element, rect } of contrastTargets) {
  if (checked.has(element)) continue;
  checked.add(element);
  const style = getComputedStyle(element);
  const background = backgroundOf(element, { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
  let color = parse(element instanceof SVGElement ? style.fill : style.color);
  if (!color) { problems.push(`no colour: ${label(element)}`); continue; }
  color = over(color, background);
  const [light, dark] = [luminance(color), luminance(background)].sort((x, y) => y - x);
  const ratio = (light + 0.05) / (dark + 0.05);
  if (ratio < 4.5) problems.push(`contrast ${ratio.toFixed(2)}:1 for ${label(element)} (${style.color} / fill ${style.fill})`);
}
return problems;
