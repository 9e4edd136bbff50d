/**
 * The text of `overdue.js`. The site must stay byte-identical from one day to the next (`build --check`),
 * so it cannot say which actions are overdue: this script does, in the reader's browser, from the due
 * day each open action carries (`data-due`) and the reader's own date. Without it the due days still
 * read fine. It only adds a class and text: nothing from an incident is parsed as HTML.
 */
export const OVERDUE_SCRIPT = `(function () {
  "use strict";
  var now = new Date();
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  var today = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  var items = document.querySelectorAll("[data-due]");
  var count = 0;
  for (var i = 0; i < items.length; i++) {
    var item = items[i];
    var due = item.getAttribute("data-due") || "";
    if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(due) || due >= today || item.classList.contains("overdue")) continue;
    item.classList.add("overdue");
    item.appendChild(document.createTextNode(" (" + (item.getAttribute("data-overdue") || "") + ")"));
    count++;
  }
  document.documentElement.setAttribute("data-overdue-count", String(count));
})();
`;
