/**
 * Inline script of the app.box.com pages: row selection like Box's list (checkbox → aria-selected and
 * `is-selected` on the row) and in-app navigation with history.pushState (Box is a SPA: content scripts are
 * not re-injected when the URL changes). It swaps #app with the #app of the fetched page.
 */
export const PAGE_SCRIPT = `
(function () {
  function onCheckbox(input) {
    var row = input.closest('[role="row"]');
    if (!row) return;
    row.setAttribute('aria-selected', input.checked ? 'true' : 'false');
    row.classList.toggle('is-selected', input.checked);
  }
  function swap(url, push) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (markup) {
      var doc = new DOMParser().parseFromString(markup, 'text/html');
      var next = doc.getElementById('app');
      var current = document.getElementById('app');
      if (!next || !current) { location.href = url; return; }
      if (push) history.pushState({ href: url }, '', url);
      current.replaceWith(document.importNode(next, true));
      document.title = doc.title;
    });
  }
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t && t.matches && t.matches('input[name="select-checkbox"]')) onCheckbox(t);
  });
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a.item-link, a[data-spa-link]') : null;
    if (!a || a.target === '_blank' || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    var url = new URL(a.getAttribute('href'), location.href);
    if (url.origin !== location.origin) return;
    e.preventDefault();
    swap(url.pathname + url.search, true);
  });
  window.addEventListener('popstate', function () { swap(location.pathname + location.search, false); });
})();
`;
