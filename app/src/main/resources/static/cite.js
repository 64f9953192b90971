// Cite by selecting: words selected in a page's text show a "Cite this" button; pressing it puts the words and the
// page into the cite form below the pages and takes the reader there. Served by this server (script-src 'self'): the
// page carries only the form and data-* attributes, and works without this script (the quote is then typed).
(function () {
  'use strict';
  var form = document.getElementById('cite-form');
  if (!form) return;
  var quote = form.querySelector('[name=quote]');
  var page = form.querySelector('[name=page]');
  var event = form.querySelector('[name=event]');
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'cite-this';
  button.textContent = form.dataset.citeThis;
  button.hidden = true;
  document.body.appendChild(button);
  var pending = null;

  function pageTextOf(node) {
    var el = node && (node.nodeType === 1 ? node : node.parentElement);
    return el ? el.closest('pre.text[data-page]') : null;
  }

  // The selected words as the page reads them: without the numbered links to the marks' notes, spaces collapsed.
  function selected() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    var range = sel.getRangeAt(0);
    var pre = pageTextOf(range.commonAncestorContainer);
    if (!pre) return null;
    var copy = range.cloneContents();
    copy.querySelectorAll('sup.mark-ref').forEach(function (s) { s.remove(); });
    var text = copy.textContent.replace(/\s+/g, ' ').trim();
    return text ? { text: text, page: pre.dataset.page, rect: range.getBoundingClientRect() } : null;
  }

  function update() {
    pending = selected();
    if (!pending) {
      button.hidden = true;
      return;
    }
    button.style.top = (window.scrollY + pending.rect.bottom + 6) + 'px';
    button.style.left = (window.scrollX + Math.max(0, pending.rect.left)) + 'px';
    button.hidden = false;
  }

  document.addEventListener('selectionchange', update);
  // Pressing the button must not clear the selection before it is read.
  button.addEventListener('mousedown', function (e) { e.preventDefault(); });
  button.addEventListener('click', function () {
    if (!pending) return;
    quote.value = pending.text;
    page.value = pending.page;
    button.hidden = true;
    form.scrollIntoView({ block: 'start' });
    event.focus();
  });
  // From the keyboard: select with Shift and the arrows (caret browsing), then Alt+C cites the selection.
  document.addEventListener('keydown', function (e) {
    if (e.altKey && (e.key === 'c' || e.key === 'C') && pending) {
      e.preventDefault();
      button.click();
    }
  });
})();
