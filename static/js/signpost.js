/* Signposting, progressively enhanced. Ticks topics that match the adult's notes, when asked
   and again on Continue (matched here, in the browser: the notes are never sent or saved),
   counts the options chosen, and prints the sheet or copies its link. Without JavaScript every
   step still works as a plain form. */
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

  // Folding as directory/search/analysis.py folds (fold, words) the letters of English, Polish,
  // Romanian and Urdu: the vocabulary comes folded by it, so change one with the other.
  var MARKS = /\p{M}/gu;
  var DROPPED = /['\u2018\u2019`\u00b4\u0640\u061c\u200b-\u200f\ufeff]/g;
  var OTHER_FORMS = /[\u0142\u0629\u0643\u0647\u0649\u064a\u0660-\u0669\u06f0-\u06f9]/g;
  var LETTERS = {
    "\u0142": "l", "\u0629": "\u06c1", "\u0643": "\u06a9", "\u0647": "\u06c1",
    "\u0649": "\u06cc", "\u064a": "\u06cc"
  };
  var WORD = new RegExp("[a-z0-9\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5" +
    "\u06ee\u06ef\u06fa-\u06fc\u06ff]+", "g");
  var LOADING_LIMIT = 4000;  // ms to wait for the vocabulary before going on without it

  function unify(letter) {
    var code = letter.charCodeAt(0);
    if (code >= 0x06f0) {
      return String(code - 0x06f0);
    }
    if (code >= 0x0660 && code <= 0x0669) {
      return String(code - 0x0660);
    }
    return LETTERS[letter];
  }

  function words(text) {
    var folded = text.toLowerCase().normalize("NFKD").replace(MARKS, "")
      .replace(OTHER_FORMS, unify).replace(DROPPED, "");
    return folded.match(WORD) || [];
  }

  function within(promise, limit) {
    return new Promise(function (resolve, reject) {
      window.setTimeout(reject, limit);
      promise.then(resolve, reject);
    });
  }

  function setUpOwnWords(box) {
    var form = box.closest("form");
    var notes = box.querySelector("textarea");
    var button = box.querySelector("[data-suggest]");
    var status = box.querySelector("[data-suggestion]");
    var crisis = box.querySelector("[data-crisis-words]");
    var vocabulary = null;
    var loading = null;
    var matched = false;

    function load() {
      if (vocabulary) {
        return Promise.resolve(vocabulary);
      }
      loading = loading || fetch(box.getAttribute("data-vocabulary"), { credentials: "omit" })
        .then(function (response) { return response.json(); })
        .then(function (data) { vocabulary = data; return data; })
        .catch(function (error) { loading = null; throw error; });
      return loading;
    }

    function suggest(data) {
      var text = " " + words(notes.value).join(" ") + " ";
      var labels = [];
      var risky = false;
      Object.keys(data.topics).forEach(function (code) {
        var found = data.topics[code].some(function (phrase) {
          return text.indexOf(" " + phrase + " ") !== -1;
        });
        var input = document.querySelector('input[name="topic"][value="' + code + '"]');
        if (!found || !input) {
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

    function goOn(submitter) {
      matched = true;
      if (form.requestSubmit) {
        form.requestSubmit(submitter || undefined);
      } else {
        form.submit();
      }
    }

    button.addEventListener("click", function () {
      load().then(suggest).catch(function () {
        status.textContent = status.getAttribute("data-none");
      });
    });
    // Fetch the vocabulary once someone starts on the notes, so Continue rarely waits for it.
    notes.addEventListener("focus", function () { load().catch(function () {}); });
    // Continue matches the notes too (crisis topics must not depend on pressing the button
    // first); the notes themselves still stay here, as the box has no name.
    form.addEventListener("submit", function (event) {
      if (matched || !notes.value.trim()) {
        return;
      }
      if (vocabulary) {
        suggest(vocabulary);
        return;
      }
      event.preventDefault();
      var submitter = event.submitter;
      within(load(), LOADING_LIMIT).then(suggest).then(function () { goOn(submitter); },
        function () { goOn(submitter); });
    });
    // The notes must not outlive the page, even in the back-forward cache.
    window.addEventListener("pagehide", function () { notes.value = ""; matched = false; });
    window.addEventListener("pageshow", function () { notes.value = ""; matched = false; });
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
