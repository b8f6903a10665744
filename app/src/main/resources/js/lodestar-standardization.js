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

/*
 * The dry-run page (Apply after a confirmation, then the report) and "New project from template"
 * (create, then the report or the fields' errors). Issue 9. Values go in through textContent only.
 */
(function () {
  'use strict';

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Accept': 'application/json',
        'Content-Type': 'application/json',
        'X-Atlassian-Token': 'no-check'
      },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { status: response.status, ok: response.ok, body: json };
      });
    });
  }

  function line(parent, text, className) {
    var p = document.createElement('p');
    if (className) {
      p.className = className;
    }
    p.textContent = text;
    parent.appendChild(p);
    return p;
  }

  /** Shows an apply report (or an error) in {@code out}; {@code link} opens the compliance page. */
  function report(out, r, link) {
    out.textContent = '';
    out.hidden = false;
    if (!r.ok || !r.body || !r.body.state) {
      var msg = (r.body && r.body.message) || String(r.status);
      line(out, msg, 'aui-message aui-message-error');
      return;
    }
    var applied = r.body.state === 'APPLIED';
    var box = document.createElement('div');
    box.className = 'aui-message ' + (applied ? 'aui-message-success' : 'aui-message-error');
    box.id = out.id + '-state';
    box.setAttribute('data-state', r.body.state);
    out.appendChild(box);
    if (applied) {
      line(box, out.getAttribute('data-applied'));
      if (r.body.percent !== null && r.body.percent !== undefined) {
        var score = line(box, out.getAttribute('data-score') + ' ' + r.body.percent + ' % — ' +
          out.getAttribute(r.body.complies ? 'data-complies' : 'data-fails'));
        score.id = out.id + '-score';
      }
    } else {
      line(box, out.getAttribute('data-rolled-back') + ' ' + (r.body.failedStep + 1) + ': ' + r.body.reason);
    }
    if (link) {
      var a = document.createElement('a');
      a.href = link;
      a.id = out.id + '-link';
      a.textContent = out.getAttribute('data-open');
      box.appendChild(a);
    }
  }

  function dryRun() {
    var root = document.getElementById('lodestar-dry-run');
    var button = document.getElementById('lodestar-apply');
    if (!root || !button) {
      return;
    }
    var out = document.getElementById('lodestar-apply-report');
    var back = document.getElementById('lodestar-dry-run-back');
    button.addEventListener('click', function () {
      if (!window.confirm(root.getAttribute('data-confirm'))) {
        return;
      }
      button.disabled = true;
      var url = root.getAttribute('data-rest') + '/projects/' +
        encodeURIComponent(root.getAttribute('data-project')) + '/apply';
      post(url, { fingerprint: root.getAttribute('data-fingerprint') }).then(function (r) {
        report(out, r, back ? back.getAttribute('href') : null);
        button.disabled = r.ok && r.body && r.body.state === 'APPLIED';
      });
    });
  }

  function newProject() {
    var root = document.getElementById('lodestar-new-project');
    if (!root) {
      return;
    }
    var form = document.getElementById('lodestar-new-project-form');
    var out = document.getElementById('lodestar-new-report');
    var submit = document.getElementById('lodestar-new-submit');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var errors = form.querySelectorAll('.error[data-field]');
      for (var i = 0; i < errors.length; i++) {
        errors[i].textContent = '';
      }
      var key = document.getElementById('lodestar-new-key').value.trim();
      submit.disabled = true;
      post(root.getAttribute('data-rest') + '/projects', {
        key: key,
        name: document.getElementById('lodestar-new-name').value,
        lead: document.getElementById('lodestar-new-lead').value.trim(),
        templateId: document.getElementById('lodestar-new-template').value
      }).then(function (r) {
        submit.disabled = false;
        if (r.status === 400 && r.body && r.body.errors && r.body.errors.length) {
          out.hidden = true;
          r.body.errors.forEach(function (e) {
            var slot = form.querySelector('.error[data-field="' + e.field + '"]');
            if (slot) {
              slot.textContent = e.message;
            } else {
              line(form, e.field + ': ' + e.message, 'error');
            }
          });
          return;
        }
        report(out, r, r.ok ? root.getAttribute('data-compliance') + encodeURIComponent(key) : null);
        if (r.ok && r.body && r.body.state === 'APPLIED') {
          form.hidden = true;
        }
      });
    });
  }

  function init() {
    dryRun();
    newProject();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
