/* Quick exit, after GOV.UK "Exit this page": a click, or Shift pressed 3 times within
   5 seconds, blanks the page at once and replaces it in the history so Back does not return.
   Without JavaScript the button is a plain link. */
(function () {
  "use strict";

  var button = document.querySelector("[data-quick-exit]");
  if (!button) {
    return;
  }
  var status = document.querySelector("[data-quick-exit-status]");
  var presses = 0;
  var timer = null;
  var leaving = false;

  function announce(message) {
    if (status && message) {
      status.textContent = message;
    }
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    if (leaving) {
      return;
    }
    leaving = true;
    var overlay = document.createElement("div");
    overlay.className = "quick-exit-overlay";
    document.body.appendChild(overlay);
    document.documentElement.classList.add("is-exiting");
    document.title = "";
    announce(status && status.getAttribute("data-leaving"));
    window.location.replace(button.href);
  }

  function reset() {
    if (presses > 0 && presses < 3) {
      announce(status && status.getAttribute("data-expired"));
    }
    presses = 0;
    timer = null;
  }

  function onKey(event) {
    if (event.key !== "Shift" || event.repeat) {
      return;
    }
    presses += 1;
    if (presses === 1) {
      timer = window.setTimeout(reset, 5000);
    }
    if (presses >= 3) {
      window.clearTimeout(timer);
      leave();
      return;
    }
    announce(status && status.getAttribute(presses === 1 ? "data-two-more" : "data-one-more"));
  }

  button.addEventListener("click", leave);
  document.addEventListener("keydown", onKey);

  // A page restored from the back-forward cache must not stay blank or half-exited.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && leaving) {
      window.location.replace(button.href);
    }
  });
}());
