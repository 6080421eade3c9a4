/* cxdocs: tag filter on the journeys index. Works without it: all rows show. */
(function () {
  function setup() {
    var filter = document.querySelector(".cx-tag-filter");
    if (!filter || filter.dataset.cxReady) return;
    filter.dataset.cxReady = "1";
    filter.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-cx-tag]");
      if (!button) return;
      var tag = button.getAttribute("data-cx-tag");
      filter.querySelectorAll("button").forEach(function (b) {
        b.classList.toggle("cx-tag-active", b === button);
      });
      document.querySelectorAll("tr[data-cx-tags]").forEach(function (row) {
        var tags = row.getAttribute("data-cx-tags").split("|");
        row.classList.toggle("cx-hidden", tag !== "" && tags.indexOf(tag) === -1);
      });
    });
  }
  // Material's instant navigation swaps pages without a reload.
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(setup); }
  else if (document.readyState !== "loading") { setup(); }
  else { document.addEventListener("DOMContentLoaded", setup); }
})();
