// How the tool reads an element's names, the same way wherever it reads one: the resolver's scan, both halves of the
// send guard, the check for empty required fields and the guide's callouts. Evaluates to an object of functions, so
// that each script that needs it says `const names = <this file>;` (ElementNames.cs).
(() => {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const textOf = (el) => (el ? norm(el.innerText !== undefined && el.isConnected ? el.innerText : el.textContent) : '');
  const byIds = (ids) => norm((ids || '').split(/\s+/).filter(Boolean).map((id) => textOf(document.getElementById(id))).join(' '));
  const buttonInput = 'input[type=submit], input[type=button], input[type=reset], input[type=image]';
  // What a person presses reads its own text as its name (a bare label that acts as a choice included).
  const pressable = 'button, a, summary, label, option, [role=button], [role=link], [role=tab], [role=menuitem], [role=menuitemradio], [role=option], [role=radio], [role=checkbox], [role=switch]';

  // The accessible name in the order a browser computes it: aria-labelledby, aria-label, the tied labels, then a
  // button's own value or text, then the title.
  const nameOf = (el) => {
    const labelledBy = byIds(el.getAttribute('aria-labelledby'));
    if (labelledBy) return labelledBy;
    if (norm(el.getAttribute('aria-label'))) return norm(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) { const t = norm([...el.labels].map(textOf).join(' ')); if (t) return t; }
    if (el.matches(buttonInput)) return norm(el.value || el.alt || el.title);
    if (el.matches(pressable) && !['INPUT', 'SELECT'].includes(el.tagName)) { const t = textOf(el) || norm(el.textContent); if (t) return t; }
    return norm(el.title);
  };

  // A field's name as a person reads it beside the field: the accessible name without a required field's star.
  const fieldName = (el) => nameOf(el).replace(/\s*\*$/, '').trim();

  // Every text an element may go by, hidden ones and those of the control it stands for or inside included: an element
  // is the send control if any of them says so.
  const allNames = (el) => {
    const texts = [nameOf(el), el.getAttribute('aria-label'), el.innerText, el.title, el.textContent, el.getAttribute('alt'), byIds(el.getAttribute('aria-labelledby'))];
    if (el.matches(buttonInput) || el.tagName === 'OPTION') texts.push(el.value);
    for (const l of (el.labels || [])) texts.push(l.innerText);
    if (el.control) texts.push(el.control.innerText, el.control.value, el.control.getAttribute('aria-label'));
    const host = el.closest('button, a, [role=button], [role=link], [role=menuitem], [role=option], [role=tab]');
    if (host && host !== el) texts.push(host.innerText, host.getAttribute('aria-label'));
    return texts.filter((t) => typeof t === 'string' && t.trim().length > 0);
  };

  return { norm, textOf, byIds, nameOf, fieldName, allNames };
})()
