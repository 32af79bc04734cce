/* Signposting, progressively enhanced. Ticks topics that match the adult's notes (matched here,
   in the browser: the notes are never sent or saved), counts the options chosen, and prints the
   sheet or copies its link. Without JavaScript every step still works as a plain form. */
(function () {
  "use strict";

  function each(selector, callback) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), callback);
  }

  each(".signpost-js", function (element) { element.hidden = false; });
  each(".signpost-no-js", function (element) { element.hidden = true; });

  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }

  function normalise(text) {
    var plain = text.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/[^a-z0-9'+&]+/g, " ");
    return " " + plain.trim() + " ";
  }

  function setUpOwnWords(box) {
    var notes = box.querySelector("textarea");
    var button = box.querySelector("[data-suggest]");
    var status = box.querySelector("[data-suggestion]");
    var crisis = box.querySelector("[data-crisis-words]");
    var vocabulary = null;

    function load() {
      if (vocabulary) {
        return Promise.resolve(vocabulary);
      }
      return fetch(box.getAttribute("data-vocabulary"), { credentials: "omit" })
        .then(function (response) { return response.json(); })
        .then(function (data) { vocabulary = data; return data; });
    }

    function suggest(data) {
      var text = normalise(notes.value);
      var labels = [];
      var risky = false;
      Object.keys(data.topics).forEach(function (code) {
        var matched = data.topics[code].some(function (phrase) {
          return text.indexOf(normalise(phrase)) !== -1;
        });
        var input = document.querySelector('input[name="topic"][value="' + code + '"]');
        if (!matched || !input) {
          return;
        }
        input.checked = true;
        labels.push(input.parentNode.querySelector("label").textContent.trim());
        risky = risky || data.crisis.indexOf(code) !== -1;
      });
      status.textContent = labels.length
        ? status.getAttribute("data-found").replace("{topics}", labels.join(", "))
        : status.getAttribute("data-none");
      crisis.hidden = !risky;
    }

    button.addEventListener("click", function () {
      load().then(suggest).catch(function () {
        status.textContent = status.getAttribute("data-none");
      });
    });
    // The notes must not outlive the page, even in the back-forward cache.
    window.addEventListener("pagehide", function () { notes.value = ""; });
    window.addEventListener("pageshow", function () { notes.value = ""; });
  }

  function setUpPicking(form) {
    var count = form.querySelector("[data-pick-count]");
    var boxes = form.querySelectorAll('input[name="services"]');

    function chosen() {
      return Array.prototype.filter.call(boxes, function (box) { return box.checked; }).length;
    }

    function show() {
      var number = chosen();
      if (number > 4) {
        count.textContent = form.getAttribute("data-too-many");
      } else {
        count.textContent = number ? form.getAttribute("data-count-" + number) : "";
      }
    }

    form.addEventListener("change", function (event) {
      if (event.target.name === "services") {
        show();
      }
    });
    form.addEventListener("submit", function (event) {
      var number = chosen();
      if (event.submitter && event.submitter.hasAttribute("data-more")) {
        return;  // opening up a group, not making the sheet
      }
      if (number === 0 || number > 4) {
        event.preventDefault();
        count.textContent = form.getAttribute(number ? "data-too-many" : "data-none");
        count.setAttribute("tabindex", "-1");
        count.focus();
      }
    });
    show();
  }

  function setUpSharing() {
    var status = document.querySelector("[data-copy-status]");
    each("[data-print]", function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    each("[data-copy]", function (button) {
      button.addEventListener("click", function () {
        var url = button.getAttribute("data-copy");
        var done = function () { status.textContent = button.getAttribute("data-copied"); };
        var fallback = function () {
          var field = document.getElementById("sheet-link");
          field.focus();
          field.select();
          status.textContent = button.getAttribute("data-copy-failed");
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(url).then(done, fallback);
        } else {
          fallback();
        }
      });
    });
  }

  each("[data-own-words]", setUpOwnWords);
  each("[data-pick-form]", setUpPicking);
  setUpSharing();
}());
