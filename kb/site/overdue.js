// written by lessonbook build; edit the incident files instead
(function () {
  "use strict";
  var now = new Date();
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  var today = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  var items = document.querySelectorAll("[data-due]");
  var count = 0;
  for (var i = 0; i < items.length; i++) {
    var item = items[i];
    var due = item.getAttribute("data-due") || "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || due >= today || item.classList.contains("overdue")) continue;
    item.classList.add("overdue");
    item.appendChild(document.createTextNode(" (" + (item.getAttribute("data-overdue") || "") + ")"));
    count++;
  }
  document.documentElement.setAttribute("data-overdue-count", String(count));
})();
