/*
 * Lodestar risk pages: the register's exposure button and the admin page's editors.
 * Every write goes through Lodestar's REST API with the XSRF header; the server validates
 * everything again. Errors: 400 field errors are shown next to their field, 409 asks to reload.
 * Text comes from data attributes rendered (and escaped) by the server; nothing here builds HTML
 * from strings, only DOM nodes with textContent.
 */
(function () {
  'use strict';

  function request(method, url, body) {
    var init = {
      method: method,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check' }
    };
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

  function clearErrors(form) {
    form.querySelectorAll('.error').forEach(function (el) { el.textContent = ''; });
  }

  /** Puts each {field, message} next to its field, the rest in the form's catch-all list. */
  function showErrors(form, body) {
    clearErrors(form);
    var errors = (body && body.errors) || [];
    errors.forEach(function (error) {
      var slot = form.querySelector('.error[data-field="' + CSS.escape(error.field) + '"]');
      if (slot) {
        slot.textContent = error.message;
        return;
      }
      var list = form.querySelector('.error[data-field="*"]');
      if (list) {
        var item = document.createElement('li');
        item.textContent = error.field + ': ' + error.message;
        list.appendChild(item);
      }
    });
  }

  function say(root, text, kind) {
    var box = root.querySelector('.lodestar-admin-message');
    if (!box) { return; }
    box.className = 'lodestar-admin-message aui-message aui-message-' + kind;
    box.textContent = text;
  }

  function outcome(root, form, result) {
    if (result.ok) {
      say(root, root.dataset.saved, 'confirmation');
      return true;
    }
    if (result.status === 400) {
      showErrors(form, result.body);
    } else if (result.status === 409) {
      say(root, root.dataset.conflict, 'warning');
    } else {
      say(root, (result.body && result.body.message) || root.dataset.failed, 'error');
    }
    return false;
  }

  function parseJson(form, textarea) {
    try {
      return JSON.parse(textarea.value || '{}');
    } catch (e) {
      showErrors(form, { errors: [{ field: textarea.name, message: e.message }] });
      return null;
    }
  }

  function renderPreview(container, preview) {
    container.textContent = '';
    if (!preview || !preview.rows) { return; }
    var table = document.createElement('table');
    table.className = 'aui lodestar-preview';
    preview.rows.forEach(function (row) {
      var tr = document.createElement('tr');
      var th = document.createElement('th');
      th.textContent = row.probability && row.probability.label;
      tr.appendChild(th);
      (row.cells || []).forEach(function (cell) {
        var td = document.createElement('td');
        td.textContent = cell.score;
        td.title = cell.band && cell.band.label;
        if (cell.band && /^#[0-9A-Fa-f]{3,6}$/.test(cell.band.colour)) {
          td.style.backgroundColor = cell.band.colour;
        }
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    container.appendChild(table);
  }

  function initAdmin(root) {
    var rest = root.dataset.restRoot;
    var modelForm = root.querySelector('.lodestar-model-form');
    var definition = modelForm.querySelector('[name="definition"]');

    function openModel(model) {
      clearErrors(modelForm);
      modelForm.hidden = false;
      modelForm.elements.id.value = model.id || 0;
      modelForm.elements.version.value = model.version || 0;
      modelForm.elements.name.value = model.name || '';
      var copy = Object.assign({}, model);
      delete copy.id; delete copy.version; delete copy.name;
      definition.value = JSON.stringify(copy, null, 2);
    }

    function draft() {
      var body = parseJson(modelForm, definition);
      if (!body) { return null; }
      body.id = Number(modelForm.elements.id.value);
      body.version = Number(modelForm.elements.version.value);
      body.name = modelForm.elements.name.value;
      return body;
    }

    root.querySelector('.lodestar-new-model').addEventListener('click', function () {
      openModel({ kind: 'formula', bandingMode: 'thresholds' });
    });
    root.querySelectorAll('.lodestar-edit-model').forEach(function (button) {
      button.addEventListener('click', function () {
        request('GET', rest + '/models/' + encodeURIComponent(button.dataset.id))
          .then(function (result) {
            if (outcome(root, modelForm, result) || result.ok) { openModel(result.body); }
          });
      });
    });
    root.querySelector('.lodestar-preview-model').addEventListener('click', function () {
      var body = draft();
      if (!body) { return; }
      request('POST', rest + '/models/preview', body).then(function (result) {
        if (result.ok) {
          clearErrors(modelForm);
          renderPreview(modelForm.querySelector('.lodestar-model-preview'), result.body);
        } else {
          outcome(root, modelForm, result);
        }
      });
    });
    modelForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = draft();
      if (!body) { return; }
      var create = body.id === 0;
      request(create ? 'POST' : 'PUT', rest + '/models' + (create ? '' : '/' + body.id), body)
        .then(function (result) {
          if (outcome(root, modelForm, result) && result.body) {
            modelForm.elements.id.value = result.body.id;
            modelForm.elements.version.value = result.body.version;
          }
        });
    });

    var settingsForm = root.querySelector('.lodestar-settings-form');
    var project = settingsForm.elements.project;
    var settingsText = settingsForm.elements.definition;
    project.addEventListener('change', function () {
      clearErrors(settingsForm);
      if (!project.value) { settingsText.value = ''; return; }
      request('GET', rest + '/projects/' + encodeURIComponent(project.value) + '/risk-settings')
        .then(function (result) {
          var body = result.ok && result.body ? result.body : {};
          settingsForm.elements.version.value = body.version || 0;
          delete body.version;
          delete body.source;
          settingsText.value = JSON.stringify(body, null, 2);
        });
    });
    settingsForm.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!project.value) { return; }
      var body = parseJson(settingsForm, settingsText);
      if (!body) { return; }
      body.version = Number(settingsForm.elements.version.value);
      request('PUT', rest + '/projects/' + encodeURIComponent(project.value) + '/risk-settings', body)
        .then(function (result) {
          if (outcome(root, settingsForm, result) && result.body) {
            settingsForm.elements.version.value = result.body.version;
          }
        });
    });

    // The PMO admin group is versioned: read the version first, send it back with the change.
    var groupForm = root.querySelector('.lodestar-group-form');
    request('GET', rest + '/admin/pmo-group').then(function (result) {
      if (result.ok && result.body) {
        groupForm.elements.version.value = result.body.version || 0;
      }
    });
    groupForm.addEventListener('submit', function (event) {
      event.preventDefault();
      request('PUT', rest + '/admin/pmo-group', {
        group: groupForm.elements.group.value,
        version: Number(groupForm.elements.version.value)
      }).then(function (result) {
        if (outcome(root, groupForm, result) && result.body) {
          groupForm.elements.version.value = result.body.version;
        }
      });
    });
  }

  function formatted(value) {
    return typeof value === 'number' ? value.toLocaleString(undefined, { maximumFractionDigits: 2 }) : '\u2013';
  }

  function initRegister(root) {
    var button = root.querySelector('.lodestar-run-exposure');
    var status = root.querySelector('.lodestar-exposure-status');
    if (!button) { return; }
    button.addEventListener('click', function () {
      button.disabled = true;
      status.textContent = status.dataset.running;
      request('POST', button.dataset.url, {}).then(function (result) {
        button.disabled = false;
        if (!result.ok || !result.body) {
          status.textContent = (result.body && result.body.message) || status.dataset.failed;
          return;
        }
        status.textContent = '';
        ['cost', 'schedule'].forEach(function (dimension) {
          var figures = result.body[dimension] || {};
          var row = root.querySelector('tr[data-dimension="' + dimension + '"]');
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

  document.addEventListener('DOMContentLoaded', function () {
    var admin = document.getElementById('lodestar-admin');
    if (admin) { initAdmin(admin); }
    var register = document.getElementById('lodestar-register');
    if (register) { initRegister(register); }
  });
})();
