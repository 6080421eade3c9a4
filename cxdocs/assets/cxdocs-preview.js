/* cxdocs serve: show a saved edit without reloading the page.
   The server says which pages changed after each rebuild; when this page is
   one of them, it is fetched and its content swapped in place (the scroll
   position stays), then cxdocs' scripts set up the new diagrams. */
(function () {
  "use strict";
  /* The page it shows: the server lets it fetch an edit to it before going on. */
  var source = new EventSource("/__cxdocs/events?page=" + encodeURIComponent(here()));
  var busy = null;

  function here() {
    return decodeURIComponent(window.location.pathname.replace(/^\//, ""));
  }

  function swap() {
    busy = fetch(window.location.href, { cache: "no-store" })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var incoming = fresh.querySelector("main");
        var current = document.querySelector("main");
        if (!incoming || !current) { window.location.reload(); return; } /* error page <-> page */
        current.replaceWith(incoming);
        document.title = fresh.title;
        if (window.document$ && window.document$.next) { window.document$.next(); }
        document.documentElement.setAttribute("data-cx-updated", String(Date.now()));
      })
      .catch(function () { window.location.reload(); })
      .then(function () { busy = null; });
  }

  source.onmessage = function (event) {
    var news = JSON.parse(event.data);
    var mine = here();
    var showsProblems = !document.querySelector("main");
    if (news.broken || showsProblems || news.paths.indexOf(mine) >= 0) {
      if (busy) { busy.then(swap); } else { swap(); }
    }
  };
})();
