/*
 * Lodestar risk register page: the exposure button. It posts to the REST simulation (with the
 * XSRF header) and writes the figures with textContent only; messages come from data attributes
 * rendered and escaped by the server or from the server's JSON error body, never parsed as HTML.
 */
(function () {
  'use strict';

  function formatted(value) {
    return typeof value === 'number' && isFinite(value)
      ? value.toLocaleString(undefined, { maximumFractionDigits: 2 })
      : '\u2013';
  }

  function post(url) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Accept': 'application/json',
        'Content-Type': 'application/json',
        'X-Atlassian-Token': 'no-check'
      },
      body: '{}'
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        return { ok: response.ok, status: response.status, body: json };
      });
    });
  }

  function initRegister(root) {
    var button = root.querySelector('.lodestar-run-exposure');
    var status = root.querySelector('.lodestar-exposure-status');
    if (!button || !status) { return; }
    button.addEventListener('click', function () {
      button.disabled = true;
      status.textContent = status.dataset.running;
      post(button.dataset.url).then(function (result) {
        button.disabled = false;
        if (!result.ok || !result.body) {
          status.textContent = (result.body && typeof result.body.message === 'string')
            ? result.body.message : status.dataset.failed;
          return;
        }
        status.textContent = '';
        ['cost', 'schedule'].forEach(function (dimension) {
          var figures = result.body[dimension] || {};
          var row = root.querySelector('tr[data-dimension="' + dimension + '"]');
          if (!row) { return; }
          ['p50', 'p80', 'p95'].forEach(function (p) {
            row.querySelector('.' + p).textContent = formatted(figures[p]);
          });
        });
      }, function () {
        button.disabled = false;
        status.textContent = status.dataset.failed;
      });
    });
  }

  function start() {
    var register = document.getElementById('lodestar-register');
    if (register) { initRegister(register); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
