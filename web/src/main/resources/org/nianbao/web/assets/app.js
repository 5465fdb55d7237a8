// nianbao web workspace: small enhancements; every page works without script.
(function () {
  'use strict';
  function onReady(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  onReady(function () {
    // print link
    document.querySelectorAll('a.print-link').forEach(function (a) {
      a.addEventListener('click', function (e) { e.preventDefault(); window.print(); });
    });
    // drop zone: highlight while a file is dragged over it, show the chosen names
    document.querySelectorAll('label.drop').forEach(function (drop) {
      var input = drop.querySelector('input[type=file]');
      var text = drop.querySelector('.drop-text');
      ['dragenter', 'dragover'].forEach(function (ev) {
        drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.add('over'); });
      });
      ['dragleave', 'drop'].forEach(function (ev) {
        drop.addEventListener(ev, function () { drop.classList.remove('over'); });
      });
      drop.addEventListener('drop', function (e) {
        e.preventDefault();
        if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; show(); }
      });
      input.addEventListener('change', show);
      function show() {
        var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
        if (names.length) { text.textContent = '已选择：' + names.join('、'); }
      }
    });
    // progress: poll the job until it is done, then reload into the results
    var box = document.getElementById('progress');
    if (box) {
      var bar = box.querySelector('progress');
      var label = box.querySelector('.progress-text');
      var poll = function () {
        fetch(box.getAttribute('data-poll'), {credentials: 'same-origin'})
          .then(function (r) { return r.json(); })
          .then(function (j) {
            bar.max = Math.max(1, j.total); bar.value = j.done;
            label.textContent = '已检查 ' + j.done + ' / ' + j.total + ' 个文件。';
            if (j.state === 'running') { setTimeout(poll, 700); } else { window.location.reload(); }
          })
          .catch(function () { setTimeout(poll, 2000); });
      };
      setTimeout(poll, 300);
    }
    // reports table: sort by a column, filter by text and severity
    var table = document.getElementById('reports');
    if (table) {
      var tbody = table.tBodies[0];
      table.querySelectorAll('th[data-sort]').forEach(function (th, col) {
        var sortBy = function () {
          var asc = !th.classList.contains('asc');
          table.querySelectorAll('th').forEach(function (h) { h.classList.remove('asc', 'desc'); });
          th.classList.add(asc ? 'asc' : 'desc');
          var num = th.getAttribute('data-sort') === 'num';
          var rows = Array.prototype.slice.call(tbody.rows);
          rows.sort(function (a, b) {
            var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
            var c = num ? (parseFloat(x || '-1') - parseFloat(y || '-1')) : x.localeCompare(y, 'zh-CN');
            return asc ? c : -c;
          });
          rows.forEach(function (r) { tbody.appendChild(r); });
        };
        th.addEventListener('click', sortBy);
        th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sortBy(); } });
      });
      var text = document.getElementById('report-filter');
      var sev = document.getElementById('severity-filter');
      var apply = function () {
        var q = text.value.trim().toLowerCase();
        var s = sev.value;
        Array.prototype.forEach.call(tbody.rows, function (r) {
          var ok = !q || (r.cells[0].textContent + ' ' + r.cells[1].textContent).toLowerCase().indexOf(q) >= 0;
          if (ok && s === 'error') { ok = +r.getAttribute('data-errors') > 0; }
          if (ok && s === 'warning') { ok = +r.getAttribute('data-warnings') > 0; }
          if (ok && s === 'unreadable') { ok = r.getAttribute('data-status') === 'unreadable'; }
          r.hidden = !ok;
        });
      };
      text.addEventListener('input', apply);
      sev.addEventListener('change', apply);
    }
  });
})();
