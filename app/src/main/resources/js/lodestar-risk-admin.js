/*
 * Lodestar admin page: scoring model editor, default and per-project risk settings, PMO admin group.
 *
 * Rules kept here:
 * - The REST API is the only write path; every write carries the XSRF header and the version the
 *   form was loaded with. The server validates everything again.
 * - A 400's field errors go next to the input whose name is the field path the server names
 *   (impactScale.levels[2].value, mapping.inherent.probabilityFieldId ...); an unknown path falls
 *   back to its nearest named ancestor, then to the form's list. A 409 says "changed by someone
 *   else - reload". Reads (GET) never show a confirmation.
 * - No HTML is built from strings: rows are clones of server-rendered <template>s, all values go
 *   in through textContent, value or new Option(text, value); colours are used only when they
 *   match #rgb / #rrggbb.
 */
(function () {
  'use strict';

  var MIN_LEVELS = 3;
  var MAX_LEVELS = 10;
  var COLOUR = /^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/;
  var NEW_BAND_COLOURS = ['#36b37e', '#ffab00', '#ff7452', '#de350b'];

  function request(method, url, body) {
    var init = {
      method: method,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    };
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
    }, function () {
      return { status: 0, ok: false, body: null };
    });
  }

  // ------------------------------------------------------------------ messages and errors

  function say(root, text, kind) {
    var box = root.querySelector('.lodestar-admin-message');
    if (!box) { return; }
    box.className = 'lodestar-admin-message aui-message aui-message-' + kind;
    box.textContent = text || '';
  }

  function quiet(root) {
    var box = root.querySelector('.lodestar-admin-message');
    if (box) { box.className = 'lodestar-admin-message'; box.textContent = ''; }
  }

  function clearErrors(form) {
    form.querySelectorAll('.error').forEach(function (el) { el.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
  }

  /** The parent of a field path: a.b[2].c -> a.b[2] -> a.b -> a; '' when there is none. */
  function parentPath(path) {
    var m = /^(.*)(\[\d+\]|\.[^.[\]]+)$/.exec(path);
    return m ? m[1] : '';
  }

  function byName(form, name) {
    return form.querySelector('[name="' + CSS.escape(name) + '"]');
  }

  function slotFor(form, field) {
    var path = field || '';
    while (path) {
      var input = byName(form, path);
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        var holder = input.closest('td, .field-group') || input.parentElement;
        var slot = holder && holder.querySelector('.error');
        if (slot) { return slot; }
      }
      var named = form.querySelector('.error[data-field="' + CSS.escape(path) + '"]');
      if (named) { return named; }
      path = parentPath(path);
    }
    return null;
  }

  /** Puts each {field, message} next to its input; the rest in the form's catch-all list. */
  function showErrors(form, body) {
    clearErrors(form);
    var errors = (body && Array.isArray(body.errors)) ? body.errors : [];
    var list = form.querySelector('.error[data-field="*"]');
    errors.forEach(function (error) {
      var field = String(error.field || '');
      var message = String(error.message || '');
      var slot = slotFor(form, field);
      if (slot && slot !== list) {
        slot.textContent = slot.textContent ? slot.textContent + ' ' + message : message;
      } else if (list) {
        var item = document.createElement('li');
        item.textContent = field ? field + ': ' + message : message;
        list.appendChild(item);
      }
    });
  }

  /** Reports the outcome of a write; true when it succeeded. */
  function outcome(root, form, result) {
    if (result.ok) {
      clearErrors(form);
      say(root, root.dataset.saved, 'confirmation');
      return true;
    }
    if (result.status === 400) {
      showErrors(form, result.body);
      say(root, (result.body && result.body.message) || root.dataset.invalid, 'error');
    } else if (result.status === 409) {
      say(root, root.dataset.conflict, 'warning');
    } else {
      say(root, (result.body && result.body.message) || root.dataset.failed, 'error');
    }
    return false;
  }

  /** Reports a failed read (never a confirmation). */
  function readFailed(root, result) {
    say(root, (result.body && result.body.message) || root.dataset.failed, 'error');
  }

  function numberOrNull(input) {
    var raw = input.value.trim();
    if (raw === '') { return null; }
    var n = Number(raw);
    return isFinite(n) ? n : null;
  }

  function textOf(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  function option(text, value) {
    return new Option(textOf(text), textOf(value));
  }

  // ------------------------------------------------------------------ model editor

  function initModelEditor(root, rest, models, onSaved) {
    var form = root.querySelector('.lodestar-model-form');
    var levelTemplate = document.getElementById('lodestar-level-row');
    var bandTemplate = document.getElementById('lodestar-band-row');
    var bandsBody = form.querySelector('.lodestar-bands tbody');
    var matrixBody = form.querySelector('.lodestar-cell-matrix tbody');
    var previewBox = form.querySelector('.lodestar-model-preview');
    var loadedCellScores = null;
    var previewTimer = null;

    function scaleSet(name) {
      return form.querySelector('.lodestar-scale[data-scale="' + name + '"]');
    }

    function renumberLevels(set) {
      var rows = set.querySelectorAll('tbody tr');
      rows.forEach(function (row, i) {
        row.querySelector('[data-part="label"]').name = set.dataset.scale + '.levels[' + i + '].label';
        row.querySelector('[data-part="value"]').name = set.dataset.scale + '.levels[' + i + '].value';
        row.querySelector('.lodestar-remove').disabled = rows.length <= MIN_LEVELS;
      });
      set.querySelector('.lodestar-add-level').disabled = rows.length >= MAX_LEVELS;
    }

    function addLevel(set, level) {
      var row = levelTemplate.content.firstElementChild.cloneNode(true);
      row.querySelector('[data-part="label"]').value = textOf(level && level.label);
      row.querySelector('[data-part="value"]').value = textOf(level && level.value);
      row.querySelector('.lodestar-remove').addEventListener('click', function () {
        row.remove();
        renumberLevels(set);
        matrixChanged();
      });
      set.querySelector('tbody').appendChild(row);
      renumberLevels(set);
    }

    function setLevels(name, scale, defaultCount) {
      var set = scaleSet(name);
      set.querySelector('tbody').textContent = '';
      var levels = scale && Array.isArray(scale.levels) ? scale.levels : [];
      if (levels.length === 0) {
        for (var i = 0; i < defaultCount; i++) { levels.push({ label: '', value: i + 1 }); }
      }
      levels.forEach(function (level) { addLevel(set, level); });
    }

    function levelsOf(name) {
      return Array.prototype.map.call(scaleSet(name).querySelectorAll('tbody tr'), function (row) {
        return {
          label: row.querySelector('[data-part="label"]').value,
          value: numberOrNull(row.querySelector('[data-part="value"]'))
        };
      });
    }

    function renumberBands() {
      bandsBody.querySelectorAll('tr').forEach(function (row, i) {
        ['key', 'label', 'colour', 'lowerThreshold'].forEach(function (part) {
          row.querySelector('[data-part="' + part + '"]').name = 'bands[' + i + '].' + part;
        });
      });
    }

    function addBand(band, index) {
      var row = bandTemplate.content.firstElementChild.cloneNode(true);
      row.querySelector('[data-part="key"]').value = textOf(band && band.key);
      row.querySelector('[data-part="label"]').value = textOf(band && band.label);
      var colour = band && COLOUR.test(band.colour || '') ? band.colour : NEW_BAND_COLOURS[index % 4];
      // <input type="color"> only takes #rrggbb
      if (colour.length === 4) {
        colour = '#' + colour[1] + colour[1] + colour[2] + colour[2] + colour[3] + colour[3];
      }
      row.querySelector('[data-part="colour"]').value = colour.toLowerCase();
      row.querySelector('[data-part="lowerThreshold"]').value = textOf(band && band.lowerThreshold);
      row.querySelector('.lodestar-remove').addEventListener('click', function () {
        row.remove();
        renumberBands();
        matrixChanged();
      });
      bandsBody.appendChild(row);
      renumberBands();
    }

    function bandsOf(thresholds) {
      return Array.prototype.map.call(bandsBody.querySelectorAll('tr'), function (row) {
        return {
          key: row.querySelector('[data-part="key"]').value.trim(),
          label: row.querySelector('[data-part="label"]').value,
          colour: row.querySelector('[data-part="colour"]').value,
          lowerThreshold: thresholds ? numberOrNull(row.querySelector('[data-part="lowerThreshold"]')) : null
        };
      });
    }

    function currentCellBands() {
      var cells = [];
      matrixBody.querySelectorAll('select').forEach(function (select) {
        var m = /^cellBands\[(\d+)\]\[(\d+)\]$/.exec(select.name);
        if (!m) { return; }
        var r = Number(m[1]);
        var c = Number(m[2]);
        cells[r] = cells[r] || [];
        cells[r][c] = select.value || null;
      });
      return cells;
    }

    /** Rebuilds the cell-band matrix (rows: probability, highest first; columns: impact). */
    function buildMatrix(cellBands) {
      var probability = levelsOf('probabilityScale');
      var impact = levelsOf('impactScale');
      var bands = bandsOf(false);
      matrixBody.textContent = '';
      var head = document.createElement('tr');
      head.appendChild(document.createElement('th'));
      impact.forEach(function (level) {
        var th = document.createElement('th');
        th.textContent = level.label;
        head.appendChild(th);
      });
      matrixBody.appendChild(head);
      for (var r = probability.length - 1; r >= 0; r--) {
        var tr = document.createElement('tr');
        var th = document.createElement('th');
        th.textContent = probability[r].label;
        tr.appendChild(th);
        for (var c = 0; c < impact.length; c++) {
          var td = document.createElement('td');
          var select = document.createElement('select');
          select.className = 'select';
          select.name = 'cellBands[' + r + '][' + c + ']';
          select.setAttribute('aria-label', probability[r].label + ' \u00d7 ' + impact[c].label);
          select.appendChild(option('', ''));
          bands.forEach(function (band) {
            if (band.key) { select.appendChild(option(band.label || band.key, band.key)); }
          });
          var wanted = cellBands && cellBands[r] ? cellBands[r][c] : null;
          if (wanted) { select.value = wanted; }
          td.appendChild(select);
          var error = document.createElement('div');
          error.className = 'error';
          td.appendChild(error);
          tr.appendChild(td);
        }
        matrixBody.appendChild(tr);
      }
    }

    function cellMode() {
      return form.elements.bandingMode.value === 'cells';
    }

    function updateVisibility() {
      var rpn = form.elements.kind.value === 'rpn';
      scaleSet('detectabilityScale').hidden = !rpn;
      var thresholds = !cellMode();
      form.querySelectorAll('.lodestar-threshold').forEach(function (el) { el.hidden = !thresholds; });
      form.querySelector('.lodestar-cell-bands').hidden = thresholds;
    }

    function matrixChanged() {
      if (cellMode()) { buildMatrix(currentCellBands()); }
      schedulePreview();
    }

    function draft() {
      var kind = form.elements.kind.value;
      var cells = cellMode();
      return {
        id: Number(form.elements.id.value) || 0,
        version: Number(form.elements.version.value) || 0,
        name: form.elements.name.value,
        kind: kind,
        bandingMode: form.elements.bandingMode.value,
        probabilityScale: { levels: levelsOf('probabilityScale') },
        impactScale: { levels: levelsOf('impactScale') },
        detectabilityScale: kind === 'rpn' ? { levels: levelsOf('detectabilityScale') } : null,
        bands: bandsOf(!cells),
        cellBands: cells ? currentCellBands() : null,
        // Lookup scores are not edited here; they are kept as loaded (null = rank product).
        cellScores: kind === 'lookup' ? loadedCellScores : null
      };
    }

    function renderPreview(preview) {
      previewBox.textContent = '';
      if (!preview || !Array.isArray(preview.rows)) { return; }
      var table = document.createElement('table');
      table.className = 'aui lodestar-preview';
      preview.rows.forEach(function (row) {
        var tr = document.createElement('tr');
        var th = document.createElement('th');
        th.textContent = textOf(row.probability && row.probability.label);
        tr.appendChild(th);
        (row.cells || []).forEach(function (cell) {
          var td = document.createElement('td');
          td.textContent = textOf(cell.score);
          td.title = textOf(cell.band && cell.band.label);
          if (cell.band && COLOUR.test(cell.band.colour || '')) {
            td.style.backgroundColor = cell.band.colour;
          }
          tr.appendChild(td);
        });
        table.appendChild(tr);
      });
      var foot = document.createElement('tr');
      foot.appendChild(document.createElement('th'));
      (preview.columns || []).forEach(function (column) {
        var th = document.createElement('th');
        th.textContent = textOf(column.label);
        foot.appendChild(th);
      });
      table.appendChild(foot);
      previewBox.appendChild(table);
    }

    function preview() {
      request('POST', rest + '/models/preview', draft()).then(function (result) {
        if (result.ok) {
          clearErrors(form);
          renderPreview(result.body);
        } else if (result.status === 400) {
          // Live preview: show what is wrong next to the inputs, without a banner.
          showErrors(form, result.body);
          previewBox.textContent = '';
        }
      });
    }

    function schedulePreview() {
      if (form.hidden) { return; }
      clearTimeout(previewTimer);
      previewTimer = setTimeout(preview, 500);
    }

    function open(model) {
      quiet(root);
      clearErrors(form);
      form.hidden = false;
      form.elements.id.value = model.id || 0;
      form.elements.version.value = model.version || 0;
      form.elements.name.value = textOf(model.name);
      form.elements.kind.value = model.kind || 'formula';
      form.elements.bandingMode.value = model.bandingMode || 'thresholds';
      loadedCellScores = model.cellScores || null;
      setLevels('probabilityScale', model.probabilityScale, 5);
      setLevels('impactScale', model.impactScale, 5);
      setLevels('detectabilityScale', model.detectabilityScale, 5);
      bandsBody.textContent = '';
      var bands = Array.isArray(model.bands) && model.bands.length ? model.bands : [{}, {}, {}, {}];
      bands.forEach(function (band, i) { addBand(band, i); });
      updateVisibility();
      buildMatrix(model.cellBands);
      previewBox.textContent = '';
      schedulePreview();
      form.elements.name.focus();
    }

    form.querySelectorAll('.lodestar-add-level').forEach(function (button) {
      button.addEventListener('click', function () {
        var set = button.closest('.lodestar-scale');
        if (set.querySelectorAll('tbody tr').length < MAX_LEVELS) {
          addLevel(set, { label: '', value: '' });
          matrixChanged();
        }
      });
    });
    form.querySelector('.lodestar-add-band').addEventListener('click', function () {
      addBand({}, bandsBody.querySelectorAll('tr').length);
      matrixChanged();
    });
    form.elements.kind.addEventListener('change', function () { updateVisibility(); schedulePreview(); });
    form.elements.bandingMode.addEventListener('change', function () {
      updateVisibility();
      if (cellMode()) { buildMatrix(currentCellBands()); }
      schedulePreview();
    });
    form.addEventListener('input', function (event) {
      var part = event.target.dataset && event.target.dataset.part;
      if (cellMode() && (part === 'label' || part === 'key')) {
        buildMatrix(currentCellBands());
      }
      schedulePreview();
    });

    var newButton = root.querySelector('.lodestar-new-model');
    // A new model and a copy are opened unsaved (id 0), so that saving creates a model.
    function openUnsaved(model, name) {
      var copy = Object.assign({}, model, { id: 0, version: 0, name: name });
      open(copy);
    }
    newButton.addEventListener('click', function () {
      request('GET', rest + '/models/template').then(function (result) {
        if (result.ok && result.body) {
          openUnsaved(result.body, newButton.dataset.newName);
        } else {
          readFailed(root, result);
        }
      });
    });
    root.querySelectorAll('.lodestar-copy-model').forEach(function (button) {
      button.addEventListener('click', function () {
        request('GET', rest + '/models/' + encodeURIComponent(button.dataset.id)).then(function (result) {
          if (result.ok && result.body) {
            openUnsaved(result.body, newButton.dataset.copyName.replace('{0}', textOf(result.body.name)));
          } else {
            readFailed(root, result);
          }
        });
      });
    });
    root.querySelectorAll('.lodestar-edit-model').forEach(function (button) {
      button.addEventListener('click', function () {
        request('GET', rest + '/models/' + encodeURIComponent(button.dataset.id)).then(function (result) {
          if (result.ok && result.body) {
            models[String(result.body.id)] = result.body;
            open(result.body);
          } else {
            readFailed(root, result);
          }
        });
      });
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(previewTimer);
      var body = draft();
      var create = body.id === 0;
      request(create ? 'POST' : 'PUT', rest + '/models' + (create ? '' : '/' + encodeURIComponent(body.id)), body)
        .then(function (result) {
          if (outcome(root, form, result) && result.body) {
            form.elements.id.value = result.body.id;
            form.elements.version.value = result.body.version;
            models[String(result.body.id)] = result.body;
            onSaved(result.body);
          }
        });
    });
  }

  // ------------------------------------------------------------------ settings forms

  function getPath(object, path) {
    return path.split('.').reduce(function (o, part) {
      return o === null || o === undefined ? undefined : o[part];
    }, object);
  }

  function setPath(object, path, value) {
    var parts = path.split('.');
    var o = object;
    for (var i = 0; i < parts.length - 1; i++) {
      if (o[parts[i]] === undefined || o[parts[i]] === null) { o[parts[i]] = {}; }
      o = o[parts[i]];
    }
    o[parts[parts.length - 1]] = value;
  }

  function ensureOption(select, value) {
    if (!value) { return; }
    var found = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    if (!found) { select.appendChild(option(value, value)); }
  }

  // The kind of value a catalog field holds, from its type key: what the mapping slots accept.
  function typeClass(type) {
    var t = String(type || '');
    if (t === 'system:assignee' || t === 'system:reporter') { return 'user'; }
    if (t === 'system:duedate') { return 'date'; }
    var key = t.substring(t.lastIndexOf(':') + 1);
    if (key === 'select' || key === 'radiobuttons') { return 'option'; }
    if (key === 'float') { return 'number'; }
    if (key === 'datepicker' || key === 'datetime') { return 'date'; }
    if (key === 'userpicker') { return 'user'; }
    if (key === 'textfield' || key === 'textarea' || key === 'url') { return 'text'; }
    return 'other';
  }

  function initSettingsForm(root, rest, form, models, catalog, projectKey) {
    var appetite = form.elements.appetiteBandKey;
    var appetiteNone = appetite.options[0].text;
    var fieldsById = {};
    catalog.fields.forEach(function (field) { fieldsById[field.id] = field; });
    var storedLevels = {};
    var optionCache = {};
    var renderToken = 0;

    // Same-named fields (two instances' "Probability") are told apart by id and type.
    function fieldLabel(field) {
      var kind = typeClass(field.type);
      var typeName = root.dataset['type' + kind.charAt(0).toUpperCase() + kind.slice(1)];
      return field.name + ' (' + field.id + (typeName ? ', ' + typeName : '') + ')';
    }

    function fillPickers() {
      form.querySelectorAll('.lodestar-field-picker').forEach(function (select) {
        var accepts = (select.dataset.accepts || '').split(' ');
        select.textContent = '';
        select.appendChild(option(root.dataset.notMapped, ''));
        catalog.fields.forEach(function (field) {
          if (accepts.indexOf(typeClass(field.type)) >= 0) {
            select.appendChild(option(fieldLabel(field), field.id));
          }
        });
      });
      var types = form.querySelector('.lodestar-issue-types');
      types.textContent = '';
      catalog.issueTypes.forEach(function (type) {
        types.appendChild(option(type.name + ' (' + type.id + ')', type.id));
      });
    }

    function optionsOf(fieldId) {
      if (!optionCache[fieldId]) {
        optionCache[fieldId] = request('GET', rest + '/catalog/fields/' + encodeURIComponent(fieldId) +
          '/options' + (projectKey ? '?project=' + encodeURIComponent(projectKey) : ''))
          .then(function (result) {
            return result.ok && result.body ? result.body : { labels: [], ordered: false };
          });
      }
      return optionCache[fieldId];
    }

    function scaleOf(model, rating) {
      if (!model) { return []; }
      var scale = rating === 'probability' ? model.probabilityScale
        : rating === 'detectability' ? model.detectabilityScale : model.impactScale;
      return scale && Array.isArray(scale.levels) ? scale.levels : [];
    }

    // Select fields chosen for a rating, each once, with the scale of their first slot.
    function ratedSelectFields() {
      var seen = {};
      var list = [];
      form.querySelectorAll('.lodestar-field-picker[data-rating]').forEach(function (select) {
        var field = fieldsById[select.value];
        if (field && typeClass(field.type) === 'option' && !seen[field.id]) {
          seen[field.id] = true;
          list.push({ field: field, rating: select.dataset.rating });
        }
      });
      return list;
    }

    function levelTable(entry, options, levels) {
      var stored = storedLevels[entry.field.id];
      var labels = options.labels.slice();
      Object.keys(stored || {}).forEach(function (label) {
        if (labels.indexOf(label) < 0) { labels.push(label); }
      });
      var box = document.createElement('div');
      box.className = 'lodestar-option-level-field';
      box.dataset.fieldId = entry.field.id;
      // Levels nobody stored, filled from Jira's order: the same as rating by that order.
      box.dataset.stored = stored ? 'true' : 'false';
      var heading = document.createElement('h4');
      heading.textContent = fieldLabel(entry.field);
      box.appendChild(heading);
      if (!options.ordered) {
        var note = document.createElement('p');
        note.className = 'description lodestar-options-unordered';
        note.textContent = root.dataset.unordered;
        box.appendChild(note);
      }
      var table = document.createElement('table');
      table.className = 'aui lodestar-option-level-table';
      var head = table.createTHead().insertRow();
      [root.dataset.optionHeading, root.dataset.levelHeading].forEach(function (text) {
        var th = document.createElement('th');
        th.textContent = text;
        head.appendChild(th);
      });
      var body = table.createTBody();
      labels.forEach(function (label, i) {
        var row = body.insertRow();
        row.dataset.option = label;
        row.insertCell().textContent = label;
        var select = document.createElement('select');
        select.className = 'select lodestar-option-level';
        select.setAttribute('aria-label', entry.field.name + ': ' + label);
        select.appendChild(option(root.dataset.noLevel, ''));
        levels.forEach(function (level, k) {
          select.appendChild(option((k + 1) + ' \u2014 ' + (level.label || ''), String(k + 1)));
        });
        var value = '';
        if (stored) {
          value = stored[label] ? String(stored[label]) : '';
        } else if (options.ordered && i < levels.length && options.labels.indexOf(label) === i) {
          value = String(i + 1);
        }
        ensureOption(select, value);
        select.value = value;
        row.dataset.initial = value;
        row.insertCell().appendChild(select);
      });
      box.appendChild(table);
      return box;
    }

    function renderOptionLevels() {
      var token = ++renderToken;
      var container = form.querySelector('.lodestar-option-levels-fields');
      var none = form.querySelector('.lodestar-option-levels-none');
      // Keep what the user chose so far when the tables are drawn again.
      collectLevels(storedLevels);
      var entries = ratedSelectFields();
      return Promise.all([modelOf(form.elements.modelId.value)].concat(entries.map(function (e) {
        return optionsOf(e.field.id);
      }))).then(function (results) {
        if (token !== renderToken) { return; }
        var model = results[0];
        container.textContent = '';
        none.hidden = entries.length > 0;
        entries.forEach(function (entry, i) {
          var options = results[i + 1];
          // A host that lists no options (and no levels stored): the field rates by its order.
          if (options.labels.length === 0 && !storedLevels[entry.field.id]) { return; }
          container.appendChild(levelTable(entry, options, scaleOf(model, entry.rating)));
        });
      });
    }

    // A field's levels as chosen; none for a field whose levels nobody stored and whose filled-in
    // defaults (Jira's order) are untouched, so that saving unchanged settings changes nothing.
    function collectLevels(into) {
      form.querySelectorAll('.lodestar-option-level-field').forEach(function (box) {
        var levels = {};
        var untouched = box.dataset.stored !== 'true';
        box.querySelectorAll('tbody tr').forEach(function (row) {
          var value = row.querySelector('select').value;
          if (value !== row.dataset.initial) { untouched = false; }
          if (value) { levels[row.dataset.option] = Number(value); }
        });
        if (!untouched) { into[box.dataset.fieldId] = levels; }
      });
      return into;
    }

    function modelOf(id) {
      if (!id) { return Promise.resolve(null); }
      if (models[id]) { return Promise.resolve(models[id]); }
      return request('GET', rest + '/models/' + encodeURIComponent(id)).then(function (result) {
        if (result.ok && result.body) { models[id] = result.body; return result.body; }
        return null;
      });
    }

    function fillAppetite(modelId, selected) {
      return modelOf(modelId).then(function (model) {
        appetite.textContent = '';
        appetite.appendChild(option(appetiteNone, ''));
        ((model && model.bands) || []).forEach(function (band) {
          appetite.appendChild(option(band.label || band.key, band.key));
        });
        ensureOption(appetite, selected);
        appetite.value = selected || '';
      });
    }

    function fill(json) {
      clearErrors(form);
      var settings = json || {};
      form.elements.version.value = settings.version || 0;
      var source = settings.source || 'none';
      form.querySelector('.lodestar-settings-source').textContent =
        root.dataset['source' + source.charAt(0).toUpperCase() + source.slice(1)] || '';
      var modelId = settings.modelId ? String(settings.modelId) : '';
      ensureOption(form.elements.modelId, modelId);
      form.elements.modelId.value = modelId;
      form.querySelectorAll('[name^="mapping."]').forEach(function (input) {
        var value = getPath(settings, input.name);
        if (input.multiple) {
          var wanted = Array.isArray(value) ? value.map(String) : [];
          wanted.forEach(function (v) { ensureOption(input, v); });
          Array.prototype.forEach.call(input.options, function (o) {
            o.selected = wanted.indexOf(o.value) >= 0;
          });
        } else if (input.name === 'mapping.numberMapping') {
          input.value = value || 'rank';
        } else {
          ensureOption(input, value ? String(value) : '');
          input.value = value ? String(value) : '';
        }
      });
      storedLevels = {};
      var levels = settings.mapping && settings.mapping.optionLevels;
      Object.keys(levels || {}).forEach(function (field) {
        storedLevels[field] = Object.assign({}, levels[field]);
      });
      form.querySelector('.lodestar-option-levels-fields').textContent = '';
      return fillAppetite(modelId, settings.appetiteBandKey).then(renderOptionLevels);
    }

    function collect() {
      var body = {
        version: Number(form.elements.version.value) || 0,
        modelId: form.elements.modelId.value ? Number(form.elements.modelId.value) : null,
        appetiteBandKey: appetite.value || null,
        mapping: {}
      };
      form.querySelectorAll('[name^="mapping."]').forEach(function (input) {
        var value = input.multiple
          ? Array.prototype.filter.call(input.options, function (o) { return o.selected; })
            .map(function (o) { return o.value; })
          : (input.value || null);
        setPath(body, input.name, value);
      });
      body.mapping.optionLevels = collectLevels({});
      return body;
    }

    form.elements.modelId.addEventListener('change', function () {
      fillAppetite(form.elements.modelId.value, appetite.value).then(renderOptionLevels);
    });
    form.querySelectorAll('.lodestar-field-picker[data-rating]').forEach(function (select) {
      select.addEventListener('change', renderOptionLevels);
    });

    fillPickers();
    return { fill: fill, collect: collect };
  }

  // ------------------------------------------------------------------ the page

  /**
   * The project picker as AUI's Select2 single select (searchable, styled like Jira's pickers)
   * when the host provides it (Jira: com.atlassian.auiplugin:aui-select2; the sandbox's AUI
   * bundle). Select2 reports a choice as a jQuery event, which listeners added with
   * addEventListener never see, so it is passed on as a DOM change event. Without Select2 the
   * native select stays, and works the same.
   */
  function styleProjectPicker(select) {
    var $ = window.AJS && window.AJS.$;
    if (!$ || !$.fn || typeof $.fn.auiSelect2 !== 'function') { return; }
    $(select).auiSelect2({ width: '360px', placeholder: select.options.length ? select.options[0].text : '' });
    $(select).on('change', function (event) {
      if (!event.originalEvent) { select.dispatchEvent(new Event('change')); }
    });
  }

  function initAdmin(root) {
    var rest = root.dataset.restRoot;
    // A project admin's page: that project's settings form only (no models, default or group).
    var scopedProject = root.dataset.project || '';
    var models = {};
    var defaultForm = root.querySelector('.lodestar-settings-form[data-scope="default"]');
    var projectForm = root.querySelector('.lodestar-settings-form[data-scope="project"]');
    var project = document.getElementById('lodestar-settings-project');
    projectForm.hidden = true;

    function addModelOption(model) {
      root.querySelectorAll('select[name="modelId"]').forEach(function (select) {
        var existing = Array.prototype.find.call(select.options, function (o) {
          return o.value === String(model.id);
        });
        if (existing) {
          existing.text = textOf(model.name);
        } else {
          select.appendChild(option(model.name, model.id));
        }
      });
    }

    if (!scopedProject) { initModelEditor(root, rest, models, addModelOption); }

    var catalog = Promise.all([
      request('GET', rest + '/catalog/issue-types'),
      request('GET', rest + '/catalog/fields' +
        (scopedProject ? '?project=' + encodeURIComponent(scopedProject) : ''))
    ]).then(function (results) {
      if (!results[0].ok || !results[1].ok) { readFailed(root, results[0].ok ? results[1] : results[0]); }
      return {
        issueTypes: results[0].ok && Array.isArray(results[0].body) ? results[0].body : [],
        fields: results[1].ok && Array.isArray(results[1].body) ? results[1].body : []
      };
    });

    function initProjectForm(projects) {
      styleProjectPicker(project);
      project.addEventListener('change', function () {
        quiet(root);
        clearErrors(projectForm);
        projectForm.hidden = !project.value;
        if (!project.value) { return; }
        request('GET', rest + '/projects/' + encodeURIComponent(project.value) + '/risk-settings')
          .then(function (result) {
            if (result.ok) { projects.fill(result.body); } else { readFailed(root, result); }
          });
      });
      projectForm.addEventListener('submit', function (event) {
        event.preventDefault();
        if (!project.value) { return; }
        request('PUT', rest + '/projects/' + encodeURIComponent(project.value) + '/risk-settings',
          projects.collect()).then(function (result) {
          if (outcome(root, projectForm, result) && result.body) { projects.fill(result.body); }
        });
      });
    }

    catalog.then(function (entries) {
      var projects = initSettingsForm(root, rest, projectForm, models, entries, scopedProject);
      if (scopedProject) {
        initProjectForm(projects);
        projectForm.hidden = false;
        project.dispatchEvent(new Event('change'));
        return;
      }
      initProjectForm(projects);
      var defaults = initSettingsForm(root, rest, defaultForm, models, entries);

      request('GET', rest + '/risk-settings/default').then(function (result) {
        if (result.ok) { defaults.fill(result.body); } else { readFailed(root, result); }
      });
      defaultForm.addEventListener('submit', function (event) {
        event.preventDefault();
        request('PUT', rest + '/risk-settings/default', defaults.collect()).then(function (result) {
          if (outcome(root, defaultForm, result) && result.body) { defaults.fill(result.body); }
        });
      });
    });

    if (scopedProject) { return; }

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
        version: Number(groupForm.elements.version.value) || 0
      }).then(function (result) {
        if (outcome(root, groupForm, result) && result.body) {
          groupForm.elements.version.value = result.body.version;
        }
      });
    });
  }

  function start() {
    var admin = document.getElementById('lodestar-admin');
    if (admin) { initAdmin(admin); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
