/*
 * Lodestar "Templates & compliance" admin page: assigns a project to a template version and runs
 * "Scan now" with a progress bar and Cancel, polling the scan's REST progress.
 * All writes carry the XSRF header; values go into the page through textContent only.
 */
(function () {
  'use strict';

  var POLL_MILLIS = 400;

  function request(method, url, body) {
    var init = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (method !== 'GET') {
      init.headers['X-Atlassian-Token'] = 'no-check';
    }
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { status: response.status, ok: response.ok, body: json };
      });
    });
  }

  function message(body, fallback) {
    if (body && body.message) {
      var fields = (body.errors || []).map(function (e) { return e.field + ': ' + e.message; });
      return body.message + (fields.length ? ' ' + fields.join(' ') : '');
    }
    return fallback;
  }

  function init() {
    var root = document.getElementById('lodestar-standardization');
    if (!root) {
      return;
    }
    var rest = root.getAttribute('data-rest');
    var start = document.getElementById('lodestar-scan-start');
    var cancel = document.getElementById('lodestar-scan-cancel');
    var bar = document.getElementById('lodestar-scan-bar');
    var progress = document.getElementById('lodestar-scan-progress');
    var status = document.getElementById('lodestar-scan-status');
    var scanId = root.getAttribute('data-scan-id');

    function show(scan) {
      bar.style.width = scan.percent + '%';
      progress.setAttribute('aria-valuenow', String(scan.percent));
      var label = status.getAttribute('data-' + scan.state.toLowerCase()) || scan.state;
      status.textContent = label + ': ' + scan.done + ' / ' + scan.total + ' (' + scan.percent + ' %)';
      var running = scan.state === 'RUNNING';
      cancel.hidden = !running;
      start.disabled = running;
      root.setAttribute('data-scan-state', scan.state);
    }

    function poll() {
      request('GET', rest + '/scans/' + encodeURIComponent(scanId)).then(function (r) {
        if (!r.ok) {
          status.textContent = message(r.body, status.getAttribute('data-failed'));
          return;
        }
        show(r.body);
        if (r.body.state === 'RUNNING') {
          window.setTimeout(poll, POLL_MILLIS);
        }
      });
    }

    start.addEventListener('click', function () {
      start.disabled = true;
      request('POST', rest + '/scans').then(function (r) {
        if (!r.ok) {
          start.disabled = false;
          status.textContent = message(r.body, status.getAttribute('data-failed'));
          return;
        }
        scanId = r.body.scanId;
        root.setAttribute('data-scan-id', scanId);
        show(r.body);
        if (r.body.state === 'RUNNING') {
          window.setTimeout(poll, POLL_MILLIS);
        }
      });
    });

    cancel.addEventListener('click', function () {
      cancel.disabled = true;
      request('POST', rest + '/scans/' + encodeURIComponent(scanId) + '/cancel').then(function () {
        cancel.disabled = false;
      });
    });

    if (root.getAttribute('data-scan-state') === 'RUNNING' && scanId) {
      poll();
    }

    var form = document.getElementById('lodestar-assign-form');
    var out = document.getElementById('lodestar-assign-message');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var project = document.getElementById('lodestar-assign-project').value;
      var template = document.getElementById('lodestar-assign-template');
      var option = template.options[template.selectedIndex];
      request('PUT', rest + '/assignments/' + encodeURIComponent(project), {
        templateId: template.value,
        version: Number(option.getAttribute('data-version'))
      }).then(function (r) {
        out.textContent = r.ok
          ? project + ' → ' + r.body.templateId + ' v' + r.body.version
          : message(r.body, String(r.status));
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
