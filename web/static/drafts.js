// Nothing typed is lost when a session expires: what is typed into a form on this page is kept in
// this tab's sessionStorage, and put back when the page is shown again (after signing in anew)
// unless the page already shows it (it was saved). No request, no inline script (CSP script-src 'self').
(function () {
  "use strict";
  var store;
  try { store = window.sessionStorage; } catch (e) { return; }
  if (!store) { return; }
  // the reply box keeps its own draft (static/inbox.js)
  var FIELDS = "form[method=post] textarea:not(#composer-text), form[method=post] input[type=text]:not([name=username])";

  function keyOf(field) {
    return "draft:" + location.pathname + "|" + (field.form.getAttribute("action") || "") + "|" + field.name;
  }

  function shown(text) {
    var main = document.querySelector("main");
    return !!main && main.innerText.indexOf(text.trim()) !== -1;
  }

  function restore() {
    var fields = document.querySelectorAll(FIELDS);
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (!field.name || !field.form) { continue; }
      var key = keyOf(field);
      var draft = store.getItem(key);
      if (draft === null || draft.trim() === "") { continue; }
      if (shown(draft)) { store.removeItem(key); continue; }
      if (!field.value) {
        field.value = draft;
        field.classList.add("restored");
      }
    }
  }

  document.addEventListener("input", function (event) {
    var field = event.target;
    if (!field || !field.form || !field.name || !field.matches || !field.matches(FIELDS)) { return; }
    if (field.value) { store.setItem(keyOf(field), field.value); } else { store.removeItem(keyOf(field)); }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", restore);
  } else {
    restore();
  }
})();
