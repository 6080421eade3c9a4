/* cxdocs diagram viewer: fit to the column, zoom, 100%, full screen.
   Hand-written (about 250 lines) rather than a pan/zoom library: the diagram
   stays a plain scrolled SVG, so native scroll bars show that it scrolls,
   touch scrolling and step links keep working, print CSS can take it over,
   and a sticky copy of the lane-label column stays in sight at any zoom.
   No network, no framework; works in Material and in MkDocs' built-in theme.
   Markup: cxdocs/site/viewer.py. Without this script diagrams still fit
   (CSS max-width) and the download links work. */
(function () {
  "use strict";
  var STEP = 1.25, MAX = 4;

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
    this.mode = "fit";  // "fit" follows the column's width; otherwise a fixed scale
    this.scale = 1;
    this.lanes = parseFloat(this.svg.getAttribute("data-cx-lanes") || "0");
    this.canvas = document.createElement("div");
    this.canvas.className = "cx-canvas";
    this.svg.parentNode.insertBefore(this.canvas, this.svg);
    this.canvas.appendChild(this.svg);
    this.level = figure.querySelector(".cx-zoom-level");
    this.fullButton = figure.querySelector('[data-cx-tool="full"]');
    figure.querySelectorAll(".cx-tool").forEach(function (b) { b.hidden = false; });
    figure.classList.add("cx-viewer-ready");
    this.scroll.setAttribute("tabindex", "0");
    figure.querySelector(".cx-toolbar").addEventListener("click", function (event) {
      var button = event.target.closest("[data-cx-tool]");
      if (button) self.tool(button.getAttribute("data-cx-tool"));
    });
    this.scroll.addEventListener("keydown", function (event) { self.key(event); });
    this.scroll.addEventListener("scroll", function () { self.shadow(); }, { passive: true });
    this.scroll.addEventListener("wheel", function (event) { self.wheel(event); }, { passive: false });
    this.dragging(this.scroll);
    if (window.ResizeObserver) {
      new ResizeObserver(function () { if (self.mode === "fit") self.fit(); }).observe(this.scroll);
    } else {
      window.addEventListener("resize", function () { if (self.mode === "fit") self.fit(); });
    }
    this.fit();
  }

  Viewer.prototype.available = function () {
    var style = getComputedStyle(this.scroll);
    var pad = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    var padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    return { w: this.scroll.clientWidth - pad, h: this.scroll.clientHeight - padY };
  };

  Viewer.prototype.fitScale = function () {
    var room = this.available();
    var scale = room.w / this.size.w;
    if (this.isFull()) scale = Math.min(scale, room.h / this.size.h);  // the whole drawing
    return Math.min(1, scale);
  };

  Viewer.prototype.fit = function () {
    this.mode = "fit";
    this.apply(this.fitScale());
  };

  // Set the scale; (x, y) is a point in the scroll box that stays put.
  Viewer.prototype.apply = function (scale, x, y) {
    // Fitted, a diagram shows whole: its box takes the drawing's height (a tall
    // blueprint lengthens the page, as Mermaid's diagrams do); zoomed, the box
    // keeps to the window's height and the drawing pans inside it.
    this.figure.classList.toggle("cx-fitted", this.mode === "fit");
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
    if (this.overlay) this.placeOverlay();
    else if (this.lanes && this.canvas.offsetWidth > box.clientWidth) this.makeOverlay();
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

  // The lane labels (journey lanes, blueprint lanes) as a sticky copy on the
  // left: scrolling sideways at 100% never loses which row is which.
  Viewer.prototype.makeOverlay = function () {
    var copy = this.svg.cloneNode(true);
    copy.removeAttribute("role");
    copy.removeAttribute("aria-labelledby");
    copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    copy.querySelectorAll("title, desc").forEach(function (el) { el.parentNode.removeChild(el); });
    var lanesUnits = this.lanes;
    copy.setAttribute("viewBox", "0 0 " + lanesUnits + " " + this.size.vh);
    copy.setAttribute("preserveAspectRatio", "xMinYMin slice");
    this.overlay = document.createElement("div");
    this.overlay.className = "cx-lanes";
    this.overlay.setAttribute("aria-hidden", "true");
    this.overlay.appendChild(copy);
    this.canvas.appendChild(this.overlay);
    this.placeOverlay();
  };

  Viewer.prototype.placeOverlay = function () {
    var k = this.size.w * this.scale / this.size.vw;
    this.overlay.style.width = Math.round(this.lanes * k) + "px";
    this.overlay.style.height = Math.round(this.size.h * this.scale) + "px";
  };

  Viewer.prototype.shadow = function () {
    this.figure.classList.toggle("cx-scrolled", this.scroll.scrollLeft > 2);
  };

  Viewer.prototype.isFull = function () { return this.figure.classList.contains("cx-full"); };

  Viewer.prototype.toggleFull = function () {
    var full = !this.isFull();
    this.figure.classList.toggle("cx-full", full);
    document.documentElement.classList.toggle("cx-has-full", full);
    if (this.fullButton) {
      if (!this.fullButton.dataset.cxOpenLabel) {
        this.fullButton.dataset.cxOpenLabel = this.fullButton.getAttribute("aria-label");
      }
      var label = full ? this.fullButton.getAttribute("data-cx-close-label")
                       : this.fullButton.dataset.cxOpenLabel;
      this.fullButton.setAttribute("aria-label", label);
      this.fullButton.setAttribute("title", label);
      this.fullButton.setAttribute("aria-pressed", full ? "true" : "false");
    }
    if (full) {
      this.figure.setAttribute("role", "dialog");
      this.figure.setAttribute("aria-modal", "true");
      Viewer.open = this;
      this.scroll.focus({ preventScroll: true });
    } else {
      this.figure.removeAttribute("role");
      this.figure.removeAttribute("aria-modal");
      Viewer.open = null;
      if (this.fullButton) this.fullButton.focus({ preventScroll: true });
    }
    this.fit();
  };

  Viewer.prototype.key = function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "+" || event.key === "=") this.zoomBy(STEP);
    else if (event.key === "-" || event.key === "_") this.zoomBy(1 / STEP);
    else if (event.key === "0") this.fit();
    else if (event.key === "1") { this.mode = "zoom"; this.apply(1); }
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
    if (event.key === "Escape" && Viewer.open) {
      event.preventDefault();
      Viewer.open.toggleFull();
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
