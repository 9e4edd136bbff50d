// written by lessonbook build; edit the incident files instead
(function () {
  "use strict";
  var index = window.LESSONBOOK_INDEX || [];
  var fold = function (text) { return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
  var haystacks = index.map(function (e) { return fold([e.title, e.category, e.summary, e.lessons.join(" "), e.tags.join(" "), e.channels.join(" ")].join(" ")); });
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list || !status) return;
  var render = function () {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var found = 0;
    index.forEach(function (entry, i) {
      if (!words.every(function (w) { return haystacks[i].indexOf(w) !== -1; })) return;
      found++;
      if (found > 50) return;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.url;
      link.textContent = entry.title;
      var meta = document.createElement("span");
      meta.className = "muted";
      meta.textContent = " " + entry.day + " · " + entry.category;
      item.appendChild(link);
      item.appendChild(meta);
      list.appendChild(item);
    });
    // The count is of every match; the list shows the first 50.
    status.textContent = found ? found + (found === 1 ? " " + status.dataset.one : " " + status.dataset.many) : status.dataset.none;
  };
  input.addEventListener("input", render);
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { input.value = query; }
  render();
})();
