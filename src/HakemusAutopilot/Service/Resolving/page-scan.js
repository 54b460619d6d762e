// One pass over the page: every element a person could act on, with the signals a person (and a browser's autofill)
// reads to know what it is. Each is tagged with data-hakemus-kohde so that the tool acts on exactly the element it
// scored. Read by Resolver.cs, which hands it the names of ../../Browser/element-names.js; the rules follow
// ../../../../../shared/resolver-notes.md ("Label inference").
(names) => {
  // What the page shows from here on is news to the next wait for a change (WizardTargets.cs).
  if (window.__hakemusMuutos) window.__hakemusMuutos.changed = false;
  const { norm, textOf, byIds } = names;
  const controlSelector = 'input:not([type=hidden]), select, textarea, button, [contenteditable=""], [contenteditable=true], [role=textbox], [role=combobox]';

  const kindOf = (el) => {
    const tag = el.tagName.toLowerCase();
    const role = (el.getAttribute('role') || '').toLowerCase();
    const type = (el.getAttribute('type') || 'text').toLowerCase();
    if (el.closest('#hakemus-autopilot-esto, [data-hakemus-autopilot-merkki]')) return null;
    if (tag === 'input') {
      if (type === 'hidden') return null;
      if (type === 'file') return 'file';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (['submit', 'button', 'image', 'reset'].includes(type)) return 'button';
      return 'text';
    }
    if (tag === 'textarea') return 'longtext';
    if (tag === 'select') return 'select';
    if (role === 'textbox') return el.getAttribute('aria-multiline') === 'true' ? 'longtext' : 'text';
    if (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable)) return 'longtext';
    if (role === 'checkbox' || role === 'switch') return 'checkbox';
    if (role === 'radio' || role === 'menuitemradio') return 'radio';
    if (role === 'combobox' || role === 'listbox') return 'select';
    if (role === 'option') return 'option';
    if (role === 'tab') return 'tab';
    if (role === 'menuitem') return 'menuitem';
    if (tag === 'button' || role === 'button' || tag === 'summary') return 'button';
    if ((tag === 'a' && el.hasAttribute('href')) || role === 'link') return 'link';
    if (tag === 'option') return 'option';
    // A label that acts as a choice of its own (UI-Bootstrap's btn-radio and the like): no control of its own.
    if (tag === 'label' && !el.control && !el.querySelector(controlSelector)
      && (/(^|\s|-)(btn|button)(\s|-|$)/i.test(el.className) || el.hasAttribute('ng-click') || [...el.attributes].some((a) => /radio|click|model/i.test(a.name)))) return 'radio';
    return null;
  };

  const visible = (el) => {
    // A closed <details> hides its content by content-visibility, which leaves boxes their size.
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };


  // The text a person reads as the control's label when none is tied to it.
  const inferred = (el) => {
    const cell = el.closest('td, th');
    if (cell && cell.parentElement) {
      const row = cell.parentElement;
      const table = cell.closest('table');
      const index = [...row.children].indexOf(cell);
      const head = table && (table.querySelector('thead tr') || table.rows[0]);
      const column = head && head !== row && head.children[index] ? textOf(head.children[index]) : '';
      const header = [...row.children].find((c) => c !== cell && (c.tagName === 'TH' || c.getAttribute('scope') === 'row'));
      return { label: column, rowHeader: header ? textOf(header) : '' };
    }
    const dd = el.closest('dd');
    if (dd) {
      let dt = dd.previousElementSibling;
      while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
      if (dt) return { label: textOf(dt), rowHeader: '' };
    }
    let node = el;
    for (let depth = 0; depth < 4 && node.parentElement && node.tagName !== 'FORM'; depth++) {
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (sibling.matches(controlSelector) || sibling.querySelector(controlSelector)) return { label: '', rowHeader: '' };
        const t = textOf(sibling);
        if (t && t.length < 200) return { label: t, rowHeader: '' };
      }
      node = node.parentElement;
    }
    return { label: '', rowHeader: '' };
  };

  const markers = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading], legend, caption, mat-card-title, .mat-mdc-card-title, .card-title, .panel-title')]
    .filter((m) => !m.closest('[data-hakemus-autopilot-merkki]'));
  const sectionOf = (el) => {
    for (let i = markers.length - 1; i >= 0; i--) {
      const m = markers[i];
      if (m.contains(el)) continue;
      if (!(m.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      if (m.tagName === 'LEGEND' && !(m.parentElement && m.parentElement.contains(el))) continue;
      if (m.tagName === 'CAPTION' && !(m.parentElement && m.parentElement.contains(el))) continue;
      return textOf(m);
    }
    return '';
  };
  const groupOf = (el) => {
    const group = el.parentElement && el.parentElement.closest('fieldset, [role=group], [role=radiogroup], [role=region], mat-card, .mat-mdc-card');
    if (!group) return '';
    if (group.tagName === 'FIELDSET') { const legend = group.querySelector(':scope > legend'); return legend ? textOf(legend) : ''; }
    const named = byIds(group.getAttribute('aria-labelledby')) || norm(group.getAttribute('aria-label'));
    if (named) return named;
    const title = group.querySelector('mat-card-title, .mat-mdc-card-title, .card-title');
    return title ? textOf(title) : '';
  };

  // The first piece of text of an element that does not hold the control: the name cell of a row, a card's title.
  const ownText = (node) => norm([...node.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' '));
  const titleIn = (container, control) => {
    for (const child of container.querySelectorAll('*')) {
      if (child === control || child.contains(control) || control.contains(child)) continue;
      if (getComputedStyle(child).display === 'none') continue;
      const t = ownText(child);
      if (t) return textOf(child) || t;
    }
    return ownText(container);
  };

  const firstText = (el) => {
    if (ownText(el)) return textOf(el);
    for (const child of el.querySelectorAll('*')) { if (ownText(child)) return textOf(child); }
    return '';
  };

  const found = [...document.querySelectorAll('input, select, textarea, button, a, summary, label, option, [role], [contenteditable]')]
    .map((el) => ({ el, kind: kindOf(el) }))
    .filter((c) => c.kind);
  const clickables = found.filter((c) => ['button', 'link', 'menuitem', 'tab'].includes(c.kind)).map((c) => c.el);

  // The row of an action: the largest ancestor that holds no other action.
  const rowOf = (el) => {
    let row = el;
    for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (clickables.some((other) => other !== el && !el.contains(other) && !other.contains(el) && parent.contains(other))) break;
      row = parent;
    }
    return row;
  };

  // An element keeps its tag for as long as it lives, so a target found in an earlier look can still be acted on.
  window.__hakemusKohde = window.__hakemusKohde || 0;
  window.__hakemusSivu = window.__hakemusSivu || Math.random().toString(36).slice(2, 8);
  return found.map(({ el, kind }) => {
    const id = el.getAttribute('data-hakemus-kohde') || `${window.__hakemusSivu}-${++window.__hakemusKohde}`;
    el.setAttribute('data-hakemus-kohde', id);
    const isAction = ['button', 'link', 'menuitem', 'tab', 'option', 'radio'].includes(kind);
    const row = isAction ? rowOf(el) : null;
    const near = isAction ? { label: '', rowHeader: '' } : inferred(el);
    return {
      id,
      kind,
      tag: el.tagName.toLowerCase(),
      type: (el.getAttribute('type') || '').toLowerCase(),
      name: names.nameOf(el),
      label: near.label,
      rowHeader: near.rowHeader,
      placeholder: norm(el.getAttribute('placeholder') || el.getAttribute('aria-placeholder')),
      attributes: norm([el.id, el.getAttribute('name'), el.getAttribute('formcontrolname'), el.getAttribute('ng-model')].filter(Boolean).join(' ')),
      autocomplete: norm(el.getAttribute('autocomplete')),
      title: row && row !== el ? titleIn(row, el) : (isAction ? firstText(el) : ''),
      rowText: row && row !== el ? textOf(row).slice(0, 400) : '',
      section: sectionOf(el),
      group: groupOf(el),
      visible: el.tagName === 'OPTION' ? !!el.closest('select') && visible(el.closest('select')) : visible(el),
      enabled: !el.disabled && el.getAttribute('aria-disabled') !== 'true',
      checked: el.checked === true || el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-selected') === 'true' || el.classList.contains('active'),
      within: el.parentElement && el.parentElement.closest('[data-hakemus-kohde]') ? el.parentElement.closest('[data-hakemus-kohde]').getAttribute('data-hakemus-kohde') : null,
      controls: norm(el.getAttribute('aria-controls')),
      inChrome: !!el.closest('header, nav, footer, [role=banner], [role=navigation], [role=contentinfo], [role=menu], [role=menubar], [role=tablist]'),
      popup: norm(el.getAttribute('aria-haspopup') === 'false' ? '' : el.getAttribute('aria-haspopup')),
      expanded: el.getAttribute('aria-expanded') || (el.tagName === 'SUMMARY' && el.parentElement ? String(el.parentElement.open) : ''),
    };
  });
}
