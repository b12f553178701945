/* Live updates for the console (server-sent events), canned replies into the reply box, and a
   draft kept in this tab so nothing typed is lost if the session ends before it is sent.
   Only fragments rendered (and escaped) by the server are put into the page. */
(function () {
  "use strict";
  var body = document.body;

  function live() {
    var source = body.dataset.live, target = document.getElementById(body.dataset.liveTarget || "");
    if (!source || !target || !window.EventSource) return;
    var busy = false, again = false;
    function refresh() {
      if (busy) { again = true; return; }
      busy = true;
      fetch(body.dataset.liveFragment, { credentials: "same-origin", headers: { "Accept": "text/html" } })
        .then(function (r) {
          // signed out meanwhile (a redirect to sign-in, or refused): stop, never show that page here
          if (!r.ok || r.redirected) { stop(); throw new Error(String(r.status)); }
          return r.text();
        })
        .then(function (html) { target.innerHTML = html; target.dispatchEvent(new Event("refreshed")); })
        .catch(function () {})
        .then(function () { busy = false; if (again) { again = false; refresh(); } });
    }
    var events = new EventSource(source);
    function stop() {
      events.close();
      document.querySelectorAll(".live-mark").forEach(function (m) { m.hidden = true; });
    }
    events.addEventListener("change", refresh);
    events.addEventListener("open", function () {
      document.querySelectorAll(".live-mark").forEach(function (m) { m.hidden = false; });
    });
  }

  function canned() {
    var pick = document.getElementById("canned"), box = document.getElementById("composer-text");
    if (!pick || !box) return;
    pick.addEventListener("change", function () {
      var option = pick.options[pick.selectedIndex];
      if (option && option.dataset.text) box.value = option.dataset.text;
      box.dispatchEvent(new Event("input"));
    });
  }

  function draft() {
    var box = document.getElementById("composer-text"), key = body.dataset.draft;
    if (!box || !key || !window.sessionStorage) return;
    key = "draft:" + key;
    if (body.dataset.sent) sessionStorage.removeItem(key);
    else if (!box.value && sessionStorage.getItem(key)) box.value = sessionStorage.getItem(key);
    box.addEventListener("input", function () { sessionStorage.setItem(key, box.value); });
  }

  document.addEventListener("DOMContentLoaded", function () { live(); canned(); draft(); });
})();
