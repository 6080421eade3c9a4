/* cxdocs: tag filter on the journeys index. Works without it: all rows show.
   The chosen tag is kept in the address (?tag=...), so a filtered list can be shared. */
(function () {
  function apply(filter, tag) {
    filter.querySelectorAll("button[data-cx-tag]").forEach(function (b) {
      b.classList.toggle("cx-tag-active", b.getAttribute("data-cx-tag") === tag);
    });
    document.querySelectorAll("tr[data-cx-tags]").forEach(function (row) {
      var tags = row.getAttribute("data-cx-tags").split("|");
      row.classList.toggle("cx-hidden", tag !== "" && tags.indexOf(tag) === -1);
    });
  }
  function setup() {
    var filter = document.querySelector(".cx-tag-filter");
    if (!filter || filter.dataset.cxReady) return;
    filter.dataset.cxReady = "1";
    var known = Array.prototype.map.call(
      filter.querySelectorAll("button[data-cx-tag]"), function (b) { return b.getAttribute("data-cx-tag"); });
    var wanted = new URLSearchParams(window.location.search).get("tag") || "";
    apply(filter, known.indexOf(wanted) === -1 ? "" : wanted);
    filter.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-cx-tag]");
      if (!button) return;
      var tag = button.getAttribute("data-cx-tag");
      apply(filter, tag);
      var url = new URL(window.location.href);
      if (tag) { url.searchParams.set("tag", tag); } else { url.searchParams.delete("tag"); }
      window.history.replaceState(null, "", url);
    });
  }
  // Material's instant navigation swaps pages without a reload.
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(setup); }
  else if (document.readyState !== "loading") { setup(); }
  else { document.addEventListener("DOMContentLoaded", setup); }
})();
