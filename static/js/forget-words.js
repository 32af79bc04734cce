/* A search whose words mention risk leaves no trace of them in the browser's history: on a
   results page that shows crisis help first, this history entry's address is replaced by the
   same address without the words (q). The page itself stays as it is. */
(function () {
  "use strict";

  if (!document.querySelector("[data-forget-words]") || !window.history.replaceState) {
    return;
  }
  var url = new URL(window.location.href);
  if (!url.searchParams.has("q")) {
    return;
  }
  url.searchParams.delete("q");
  window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
}());
