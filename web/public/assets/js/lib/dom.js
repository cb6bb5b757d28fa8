/** @module web/lib/dom — builds DOM nodes safely: data always becomes text nodes, never parsed HTML. */

/**
 * Only same-site paths, fragments, queries and http(s) links; anything else (javascript:, data:) becomes `#`.
 * @param {string} href
 */
export function safeHref(href) {
  const s = String(href);
  if (/^[/?#]/.test(s) && !s.startsWith('//')) return s;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

/**
 * Creates an element. `props`: `class`, `text`, `dataset`, `on<Event>` listeners, other attributes.
 * Children: nodes, strings (as text nodes), arrays, or null/false (skipped).
 * @example el('a', { href: '/doc/x', class: 'chip' }, label)
 * @param {string} tag
 * @param {Record<string, unknown>} [props]
 * @param {...unknown} children
 * @returns {HTMLElement}
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = String(value);
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (/^on[A-Z]/.test(key))
      node.addEventListener(key.slice(2).toLowerCase(), /** @type {EventListener} */ (value));
    else if (key === 'style' || /^on/i.test(key)) throw new Error(`el: attribute ${key} is not allowed`);
    else if (key === 'href') node.setAttribute('href', safeHref(String(value)));
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children (nodes, strings as text, nested arrays; null/false skipped). */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child, then appends the new ones. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** `document.getElementById` that throws when the page lacks the element. */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`page has no #${id}`);
  return node;
}

/** Calls `fn` at most once per `ms` of quiet. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
