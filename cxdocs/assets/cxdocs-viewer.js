/* cxdocs diagram viewer: a journey map or blueprint is the page.
   A map (a diagram with a lane-label column) takes the window's full width and
   opens at 100%, where its text is 12 CSS px, and pans inside a window-high
   box; sticky copies of the lane labels (left) and of the stage and step
   headers (top) stay in sight; an overview shows the whole map and where the
   view is. Other diagrams (persona, comparison chart) open fitted.
   Hand-written rather than a pan/zoom library: the diagram stays a plain
   scrolled SVG, so native scroll bars, touch scrolling, keys and step links
   keep working, and print CSS can take it over. The sticky copies and the
   overview <use> the drawing: no second copy of it in the page, no second set
   of links for Tab to stop at. No network, no framework; works in Material,
   MkDocs' built-in theme and the pages `cxdocs build` writes.
   Markup: cxdocs/site/viewer.py. Without this script diagrams fit their
   column (CSS max-width) and the download links work. */
(function () {
  "use strict";
  var STEP = 1.25, MAX = 4, SVGNS = "http://www.w3.org/2000/svg";

  function naturalSize(svg) {
    // Graphviz sizes in points; 1pt = 4/3 CSS px. Fall back to the viewBox,
    // also for a relative size: the comparison chart says width="100%", which
    // is no natural size (read as 100 px, the chart showed as a thumbnail).
    var box = svg.viewBox && svg.viewBox.baseVal;
    function px(attr, fallback) {
      var value = svg.getAttribute(attr) || "";
      var number = parseFloat(value);
      if (!number || /%$/.test(value.trim())) return fallback;
      return /pt$/.test(value) ? number * 4 / 3 : number;
    }
    var vw = box && box.width ? box.width : 0, vh = box && box.height ? box.height : 0;
    return { w: px("width", vw), h: px("height", vh), vw: vw || px("width", 0), vh: vh || px("height", 0) };
  }

  function Viewer(figure) {
    var self = this;
    this.figure = figure;
    this.scroll = figure.querySelector(".cx-diagram-scroll");
    this.svg = this.scroll.querySelector("svg");
    this.size = naturalSize(this.svg);
    this.scale = 1;
    this.lanes = parseFloat(this.svg.getAttribute("data-cx-lanes") || "0");
    var header = (this.svg.getAttribute("data-cx-header") || "").split(" ").map(parseFloat);
    this.header = header.length === 2 && header[1] > header[0] ? header : null;
    var graph = this.svg.querySelector("g.graph[id]");
    this.graphId = graph ? graph.id : "";
    this.isMap = this.lanes > 0;
    this.canvas = document.createElement("div");
    this.canvas.className = "cx-canvas";
    this.svg.parentNode.insertBefore(this.canvas, this.svg);
    this.canvas.appendChild(this.svg);
    this.level = figure.querySelector(".cx-zoom-level");
    this.fullButton = figure.querySelector('[data-cx-tool="full"]');
    this.toolbar = figure.querySelector(".cx-toolbar");
    figure.querySelectorAll(".cx-tool").forEach(function (b) { b.hidden = false; });
    figure.classList.add("cx-viewer-ready");
    this.scroll.setAttribute("tabindex", "0");
    this.scroll.setAttribute("role", "region");
    this.scroll.setAttribute("aria-label", this.name());
    this.roving();
    this.toolbar.addEventListener("click", function (event) {
      var button = event.target.closest("[data-cx-tool]");
      if (button) self.tool(button.getAttribute("data-cx-tool"));
    });
    this.scroll.addEventListener("keydown", function (event) { self.key(event); });
    this.scroll.addEventListener("scroll", function () { self.shadow(); }, { passive: true });
    this.scroll.addEventListener("wheel", function (event) { self.wheel(event); }, { passive: false });
    this.dragging(this.scroll);
    if (this.isMap) {
      figure.classList.add("cx-wide");
      if (this.graphId) this.makeStickies();
      if (this.graphId) this.makeOverview();
    }
    var relayout = function () {
      self.widen();
      if (self.mode === "fit") self.fit();
      else self.apply(self.scale);
    };
    if (window.ResizeObserver) new ResizeObserver(relayout).observe(document.documentElement);
    window.addEventListener("resize", relayout);
    this.widen();
    this.open();
  }

  Viewer.prototype.name = function () {
    var title = this.svg.querySelector("title");
    return (title && title.textContent) || this.toolbar.getAttribute("aria-label") || "";
  };

  // A map spans the window: from the page's left edge to its right, over the
  // navigation and table of contents, which stay for the text around it.
  Viewer.prototype.widen = function () {
    if (!this.isMap) return;
    var parent = this.figure.parentElement, style = getComputedStyle(parent);
    var left = parent.getBoundingClientRect().left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    var width = document.documentElement.clientWidth;
    this.figure.style.setProperty("--cx-bleed-left", Math.round(left) + "px");
    this.figure.style.setProperty("--cx-bleed-width", width + "px");
  };

  Viewer.prototype.available = function () {
    var style = getComputedStyle(this.scroll);
    var pad = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    var padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    // Inline, a map's box is at most a window high (CSS max-height), whatever it holds now.
    var max = parseFloat(style.maxHeight);
    var h = this.isFull() ? this.scroll.clientHeight : (isNaN(max) ? Infinity : max);
    return { w: this.scroll.clientWidth - pad, h: h - padY };
  };

  Viewer.prototype.fitScale = function () {
    var room = this.available();
    var scale = room.w / this.size.w;
    // A map (and anything in full screen) fits whole into its box: the bird's-eye view.
    if (this.isMap || this.isFull()) scale = Math.min(scale, room.h / this.size.h);
    return Math.min(1, scale);
  };

  // The opening view: a map at 100% (its text 12 CSS px), from its top left;
  // anything else fitted to the column.
  Viewer.prototype.open = function () {
    if (!this.isMap) { this.fit(); return; }
    this.mode = "open";
    this.apply(1, 0, 0);
    this.scroll.scrollLeft = 0;
    this.scroll.scrollTop = 0;
  };

  Viewer.prototype.fit = function () {
    this.mode = "fit";
    this.apply(this.fitScale());
  };

  // Set the scale; (x, y) is a point in the scroll box that stays put.
  Viewer.prototype.apply = function (scale, x, y) {
    this.figure.classList.toggle("cx-fitted", this.mode === "fit" && !this.isMap);
    var min = Math.min(this.fitScale(), 1) / 2;
    scale = Math.max(min, Math.min(MAX, scale));
    var old = this.scale, box = this.scroll;
    if (x === undefined) { x = box.clientWidth / 2; y = box.clientHeight / 2; }
    var cx = (box.scrollLeft + x) / old, cy = (box.scrollTop + y) / old;
    this.scale = scale;
    this.canvas.style.width = Math.round(this.size.w * scale) + "px";
    this.canvas.style.height = Math.round(this.size.h * scale) + "px";
    box.scrollLeft = cx * scale - x;
    box.scrollTop = cy * scale - y;
    if (this.stickies) this.placeStickies();
    else if (!this.graphId && this.lanes && this.canvas.offsetWidth > box.clientWidth) this.makeOverlay();
    if (this.overlay) this.placeOverlay();
    this.shadow();
    if (this.level) {
      this.level.hidden = false;
      this.level.textContent = Math.round(scale * 100) + "%";
    }
  };

  Viewer.prototype.zoomBy = function (factor, x, y) {
    this.mode = "zoom";
    this.apply(this.scale * factor, x, y);
  };

  Viewer.prototype.tool = function (name) {
    if (name === "in") this.zoomBy(STEP);
    else if (name === "out") this.zoomBy(1 / STEP);
    else if (name === "fit") this.fit();
    else if (name === "actual") { this.mode = "zoom"; this.apply(1); }
    else if (name === "full") this.toggleFull();
  };

  // A part of the drawing as an SVG that <use>s it: viewBox in drawing units.
  function part(id, x, y, w, h) {
    var svg = document.createElementNS(SVGNS, "svg");
    svg.setAttribute("viewBox", [x, y, w, h].join(" "));
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var use = document.createElementNS(SVGNS, "use");
    // xlink:href, as the print tiles: instant navigation assigns .href on any
    // element with an href attribute, and an SVG element's is read-only.
    use.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", "#" + id);
    svg.appendChild(use);
    return svg;
  }

  // Sticky copies: the lane labels on the left, the stage and step headers on
  // top, and their corner. Shown once the drawing scrolls under them.
  Viewer.prototype.makeStickies = function () {
    var s = this.size, id = this.graphId, h = this.header, made = {};
    // The lane column from the headers down: the title band above is not a lane.
    var from = h ? h[0] : 0;
    var specs = { lanes: [0, from, this.lanes, s.vh - from] };
    if (h) {
      specs.head = [0, h[0], s.vw, h[1] - h[0]];
      specs.corner = [0, h[0], this.lanes, h[1] - h[0]];
    }
    for (var kind in specs) {
      var div = document.createElement("div");
      div.className = "cx-sticky cx-sticky-" + kind;
      div.setAttribute("aria-hidden", "true");
      div.inert = true;  // the copied links: no Tab stops, nothing announced twice
      div.appendChild(part.apply(null, [id].concat(specs[kind])));
      this.canvas.appendChild(div);
      made[kind] = div;
    }
    this.stickies = made;
  };

  Viewer.prototype.placeStickies = function () {
    var k = this.size.w * this.scale / this.size.vw, st = this.stickies, h = this.header;
    function size(el, w, hgt) { el.style.width = Math.round(w) + "px"; el.style.height = Math.round(hgt) + "px"; }
    var from = h ? h[0] : 0;
    size(st.lanes, this.lanes * k, (this.size.vh - from) * k);
    st.lanes.style.marginTop = Math.round(from * k) + "px";
    if (h) {
      size(st.head, this.size.vw * k, (h[1] - h[0]) * k);
      size(st.corner, this.lanes * k, (h[1] - h[0]) * k);
      st.head.style.marginTop = st.corner.style.marginTop = Math.round(h[0] * k) + "px";
    }
  };

  // Older pages' SVGs without a group id: a sticky clone of the lane column.
  Viewer.prototype.makeOverlay = function () {
    var copy = this.svg.cloneNode(true);
    copy.removeAttribute("role");
    copy.removeAttribute("aria-labelledby");
    copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    copy.querySelectorAll("title, desc").forEach(function (el) { el.parentNode.removeChild(el); });
    copy.querySelectorAll("a").forEach(function (el) { el.setAttribute("tabindex", "-1"); });
    copy.setAttribute("viewBox", "0 0 " + this.lanes + " " + this.size.vh);
    copy.setAttribute("preserveAspectRatio", "xMinYMin slice");
    this.overlay = document.createElement("div");
    this.overlay.className = "cx-sticky cx-sticky-lanes";
    this.overlay.setAttribute("aria-hidden", "true");
    this.overlay.appendChild(copy);
    this.canvas.appendChild(this.overlay);
  };

  Viewer.prototype.placeOverlay = function () {
    var k = this.size.w * this.scale / this.size.vw;
    this.overlay.style.width = Math.round(this.lanes * k) + "px";
    this.overlay.style.height = Math.round(this.size.h * this.scale) + "px";
  };

  // The overview: the whole map, small, with the part in view outlined;
  // a click (or a drag) there brings that part into view.
  Viewer.prototype.makeOverview = function () {
    var self = this, s = this.size;
    var wrap = document.createElement("div");
    wrap.className = "cx-overview";
    // A toolbar item (reached with the arrow keys, End), itself a control whose
    // arrow keys move the view: a slider of how far across the map the view is.
    wrap.tabIndex = -1;
    wrap.setAttribute("role", "slider");
    wrap.setAttribute("aria-label", this.toolbar.getAttribute("data-cx-overview-label") || "Overview");
    wrap.setAttribute("aria-valuemin", "0");
    wrap.setAttribute("aria-valuemax", "100");
    wrap.setAttribute("aria-valuenow", "0");
    wrap.setAttribute("aria-orientation", "horizontal");
    wrap.addEventListener("keydown", function (event) {
      var box = self.scroll, dx = 0, dy = 0;
      if (event.key === "ArrowRight") dx = box.clientWidth / 2;
      else if (event.key === "ArrowLeft") dx = -box.clientWidth / 2;
      else if (event.key === "ArrowDown") dy = box.clientHeight / 2;
      else if (event.key === "ArrowUp") dy = -box.clientHeight / 2;
      else if (event.key === "PageDown") dx = box.clientWidth;
      else if (event.key === "PageUp") dx = -box.clientWidth;
      else return;  // Home, End, Tab: the toolbar's
      event.preventDefault();
      event.stopPropagation();  // the toolbar's arrows would move the focus instead
      box.scrollLeft += dx;
      box.scrollTop += dy;
    });
    var svg = part(this.graphId, 0, 0, s.vw, s.vh);
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    this.view = document.createElementNS(SVGNS, "rect");
    this.view.setAttribute("class", "cx-overview-view");
    svg.appendChild(this.view);
    // Inert: the copy's links are no Tab stops; clicks fall through to the wrapper.
    var inner = document.createElement("div");
    inner.inert = true;
    inner.appendChild(svg);
    wrap.appendChild(inner);
    this.toolbar.appendChild(wrap);
    this.overview = svg;
    this.overviewBox = wrap;
    function jump(event) {
      event.preventDefault();
      var m = svg.getScreenCTM();
      if (!m) return;
      var p = svg.createSVGPoint();
      p.x = event.clientX; p.y = event.clientY;
      var at = p.matrixTransform(m.inverse()), k = self.size.w * self.scale / self.size.vw;
      self.scroll.scrollLeft = at.x * k - self.scroll.clientWidth / 2;
      self.scroll.scrollTop = at.y * k - self.scroll.clientHeight / 2;
    }
    var down = false;
    wrap.addEventListener("pointerdown", function (event) { down = true; wrap.setPointerCapture(event.pointerId); jump(event); });
    wrap.addEventListener("pointermove", function (event) { if (down) jump(event); });
    wrap.addEventListener("pointerup", function () { down = false; });
    wrap.addEventListener("pointercancel", function () { down = false; });
  };

  Viewer.prototype.shadow = function () {
    var box = this.scroll, st = this.stickies;
    this.figure.classList.toggle("cx-scrolled", box.scrollLeft > 2);
    if (st && this.header) {
      var k = this.size.w * this.scale / this.size.vw;
      this.figure.classList.toggle("cx-scrolled-down", box.scrollTop > this.header[0] * k + 2);
    }
    if (this.view) {
      var u = this.size.vw / (this.size.w * this.scale);
      this.view.setAttribute("x", box.scrollLeft * u);
      this.view.setAttribute("y", box.scrollTop * u);
      this.view.setAttribute("width", Math.min(box.clientWidth * u, this.size.vw));
      this.view.setAttribute("height", Math.min(box.clientHeight * u, this.size.vh));
      var room = box.scrollWidth - box.clientWidth;
      this.overviewBox.setAttribute(
        "aria-valuenow", String(room > 0 ? Math.round(100 * box.scrollLeft / room) : 0));
    }
  };

  Viewer.prototype.isFull = function () { return this.figure.classList.contains("cx-full"); };

  Viewer.prototype.toggleFull = function () {
    var full = !this.isFull();
    this.figure.classList.toggle("cx-full", full);
    document.documentElement.classList.toggle("cx-has-full", full);
    if (this.fullButton) {
      if (!this.fullButton.dataset.cxOpenLabel) {
        this.fullButton.dataset.cxOpenLabel = this.fullButton.getAttribute("aria-label");
        this.fullButton.dataset.cxOpenTitle = this.fullButton.getAttribute("title");
      }
      var label = full ? this.fullButton.getAttribute("data-cx-close-label")
                       : this.fullButton.dataset.cxOpenLabel;
      this.fullButton.setAttribute("aria-label", label);
      this.fullButton.setAttribute("title", full ? label : this.fullButton.dataset.cxOpenTitle);
      this.fullButton.setAttribute("aria-pressed", full ? "true" : "false");
    }
    if (full) {
      this.figure.setAttribute("role", "dialog");
      this.figure.setAttribute("aria-modal", "true");
      this.figure.setAttribute("aria-label", this.name());
      Viewer.open = this;
    } else {
      this.figure.removeAttribute("role");
      this.figure.removeAttribute("aria-modal");
      this.figure.removeAttribute("aria-label");
      Viewer.open = null;
    }
    // Full screen opens as the page did: a map readable, anything else whole.
    if (this.isMap && this.mode !== "fit") this.apply(this.scale);
    else this.fit();
    if (full) this.scroll.focus({ preventScroll: true });
    else if (this.fullButton) this.fullButton.focus({ preventScroll: true });
  };

  // Tab stops inside the full-screen dialog, in order: it keeps focus inside.
  Viewer.prototype.trap = function (event) {
    var items = Array.prototype.filter.call(
      this.figure.querySelectorAll('button, [href], [tabindex]'),
      function (el) { return el.tabIndex >= 0 && !el.hidden && el.getClientRects().length; });
    if (!items.length) return;
    var first = items[0], last = items[items.length - 1], here = document.activeElement;
    if (!this.figure.contains(here)) { first.focus(); event.preventDefault(); }
    else if (event.shiftKey && here === first) { last.focus(); event.preventDefault(); }
    else if (!event.shiftKey && here === last) { first.focus(); event.preventDefault(); }
  };

  // A toolbar is one Tab stop; the arrow keys (and Home, End) move along it.
  Viewer.prototype.roving = function () {
    var bar = this.toolbar;
    function items() {
      return Array.prototype.filter.call(bar.querySelectorAll(".cx-tool, .cx-download, .cx-overview"),
        function (el) { return !el.hidden; });
    }
    items().forEach(function (el, i) { el.tabIndex = i === 0 ? 0 : -1; });
    bar.addEventListener("focusin", function (event) {
      if (!event.target.matches(".cx-tool, .cx-download, .cx-overview")) return;
      items().forEach(function (el) { el.tabIndex = el === event.target ? 0 : -1; });
    });
    bar.addEventListener("keydown", function (event) {
      var list = items(), i = list.indexOf(document.activeElement), next = -1;
      if (i < 0) return;
      if (event.key === "ArrowRight" || event.key === "ArrowDown") next = (i + 1) % list.length;
      else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = (i - 1 + list.length) % list.length;
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = list.length - 1;
      if (next < 0) return;
      event.preventDefault();
      list[next].focus();
    });
  };

  Viewer.prototype.key = function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "+" || event.key === "=") this.zoomBy(STEP);
    else if (event.key === "-" || event.key === "_") this.zoomBy(1 / STEP);
    else if (event.key === "0") this.fit();
    else if (event.key === "1") { this.mode = "zoom"; this.apply(1); }
    else if (event.key === "f" || event.key === "F") this.toggleFull();
    else return;
    event.preventDefault();
  };

  // Full screen: the wheel zooms about the pointer. Inline, only a pinch on a
  // touchpad (which browsers send as ctrl+wheel) does, so the page still scrolls.
  Viewer.prototype.wheel = function (event) {
    if (!this.isFull() && !event.ctrlKey) return;
    event.preventDefault();
    var rect = this.scroll.getBoundingClientRect();
    var delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    this.zoomBy(Math.exp(-delta * 0.0015), event.clientX - rect.left, event.clientY - rect.top);
  };

  // Drag to pan (mouse and pen everywhere; touch in full screen, where one
  // finger pans and two pinch). A drag never counts as a click on a step link.
  Viewer.prototype.dragging = function (box) {
    var self = this, pointers = {}, moved = false, last = null, pinch = null;
    function count() { return Object.keys(pointers).length; }
    box.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) return;
      if (event.pointerType === "touch" && !self.isFull()) return;  // native scrolling
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      moved = false;
      last = { x: event.clientX, y: event.clientY };
      if (count() === 2) pinch = null;
    });
    box.addEventListener("pointermove", function (event) {
      var p = pointers[event.pointerId];
      if (!p) return;
      p.x = event.clientX; p.y = event.clientY;
      if (count() === 2) {
        var ids = Object.keys(pointers), a = pointers[ids[0]], b = pointers[ids[1]];
        var distance = Math.hypot(a.x - b.x, a.y - b.y);
        var rect = box.getBoundingClientRect();
        if (pinch) self.zoomBy(distance / pinch, (a.x + b.x) / 2 - rect.left, (a.y + b.y) / 2 - rect.top);
        pinch = distance;
        moved = true;
        return;
      }
      var dx = event.clientX - last.x, dy = event.clientY - last.y;
      if (!moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      if (!moved) { moved = true; box.setPointerCapture(event.pointerId); box.classList.add("cx-grabbing"); }
      box.scrollLeft -= dx; box.scrollTop -= dy;
      last = { x: event.clientX, y: event.clientY };
    });
    function up(event) {
      delete pointers[event.pointerId];
      if (count() < 2) pinch = null;
      box.classList.remove("cx-grabbing");
    }
    box.addEventListener("pointerup", up);
    box.addEventListener("pointercancel", up);
    box.addEventListener("click", function (event) {
      if (moved) { event.preventDefault(); event.stopPropagation(); moved = false; return; }
      // A step link followed from full screen: close it, then the page jumps there.
      var link = event.target.closest("a");
      if (link && self.isFull()) self.toggleFull();
    }, true);
  };

  Viewer.open = null;
  document.addEventListener("keydown", function (event) {
    if (!Viewer.open) return;
    if (event.key === "Escape") {
      event.preventDefault();
      Viewer.open.toggleFull();
    } else if (event.key === "Tab") {
      Viewer.open.trap(event);
    }
  });

  function setup() {
    document.querySelectorAll("[data-cx-viewer]").forEach(function (figure) {
      if (figure.cxViewer || !figure.querySelector(".cx-diagram-scroll svg")) return;
      figure.cxViewer = new Viewer(figure);
    });
  }
  // Material's instant navigation swaps pages without a reload.
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(setup); }
  else if (document.readyState !== "loading") { setup(); }
  else { document.addEventListener("DOMContentLoaded", setup); }
})();
