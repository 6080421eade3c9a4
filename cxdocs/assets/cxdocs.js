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

/* cxdocs: filters on insight pages (pain-point register, moments of truth,
   metrics, channels, actions). Each <select> of a form.cx-filters is one facet;
   items (rows, sections) carry data-cx-<facet>="a|b". The choice is kept in the
   address (?severity=high&state=current), like the tag filter, so a filtered
   view can be shared; option labels show how many items each choice leaves.
   Without the script everything shows, current and future state alike, each
   labelled. */
(function () {
  function values(item, name) {
    var raw = item.getAttribute("data-cx-" + name);
    return raw === null ? null : raw.split("|");
  }
  function matches(item, chosen, skip) {
    return Object.keys(chosen).every(function (name) {
      if (name === skip || chosen[name] === "") return true;
      var have = values(item, name);
      return have === null || have.indexOf(chosen[name]) !== -1;
    });
  }
  function setup() {
    document.querySelectorAll("form.cx-filters").forEach(function (form) {
      if (form.dataset.cxReady) return;
      form.dataset.cxReady = "1";
      form.hidden = false;
      var scope = document.getElementById(form.getAttribute("data-cx-for")) || document;
      var items = Array.prototype.slice.call(scope.querySelectorAll("[data-cx-item]"));
      var selects = Array.prototype.slice.call(form.querySelectorAll("select[name]"));
      var count = form.querySelector(".cx-filter-count");
      var counted = items.some(function (i) { return i.hasAttribute("data-cx-count"); });
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        var wanted = params.get(select.name);
        if (wanted !== null && select.querySelector('option[value="' + CSS.escape(wanted) + '"]')) {
          select.value = wanted;
        }
      });
      function chosen() {
        var out = {};
        selects.forEach(function (s) { out[s.name] = s.value; });
        return out;
      }
      function apply(remember) {
        var now = chosen(), shown = 0;
        items.forEach(function (item) {
          var visible = matches(item, now, null);
          item.classList.toggle("cx-hidden", !visible);
          if (visible && item.hasAttribute("data-cx-count")) shown++;
        });
        // Headings and boxes around items go when all their items went.
        scope.querySelectorAll("[data-cx-group]").forEach(function (group) {
          var inside = group.querySelectorAll("[data-cx-item]");
          var any = Array.prototype.some.call(inside, function (i) { return !i.classList.contains("cx-hidden"); });
          group.classList.toggle("cx-hidden", inside.length > 0 && !any);
        });
        // Each option says how many items it would leave, given the other choices.
        if (counted) selects.forEach(function (select) {
          Array.prototype.forEach.call(select.options, function (option) {
            if (!option.dataset.cxLabel) return;
            var n = items.filter(function (item) {
              if (!item.hasAttribute("data-cx-count") || !matches(item, now, select.name)) return false;
              var have = values(item, select.name);
              return option.value === "" || (have !== null && have.indexOf(option.value) !== -1);
            }).length;
            option.textContent = option.dataset.cxLabel + " (" + n + ")";
          });
        });
        if (count) {
          var total = items.filter(function (i) { return i.hasAttribute("data-cx-count"); }).length;
          // The page wrote both plural forms; one is for exactly 1 in every locale cxdocs speaks.
          var template = total === 1 ? count.dataset.cxTemplateOne : count.dataset.cxTemplate;
          count.textContent = template.replace("{shown}", shown).replace("{total}", total);
        }
        if (remember) {
          var url = new URL(window.location.href);
          selects.forEach(function (s) {
            var first = s.options.length ? s.options[0].value : "";
            if (s.value === "" || (s.value === first && !s.querySelector('option[value=""]'))) url.searchParams.delete(s.name);
            else url.searchParams.set(s.name, s.value);
          });
          window.history.replaceState(null, "", url);
        }
      }
      form.addEventListener("change", function () { apply(true); });
      form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      apply(false);
    });
  }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(setup); }
  else if (document.readyState !== "loading") { setup(); }
  else { document.addEventListener("DOMContentLoaded", setup); }
})();
