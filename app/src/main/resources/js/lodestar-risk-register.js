/*
 * Lodestar risk register page: the owner filter's user picker (a combobox in the manner of Jira's
 * user pickers). As one types, it asks the REST user search (GET users/picker, bounded by the
 * server) and lists the users found; picking one shows their display name and submits their login
 * name. Everything is written with textContent only; messages come from data attributes rendered
 * and escaped by the server. Without this script the field still works: the server accepts a login
 * name or a display name naming one user. The exposure panel needs no script: the server renders
 * it, tornado charts included.
 */
(function () {
  'use strict';

  var DEBOUNCE_MS = 200;

  function initPicker(group) {
    var input = group.querySelector('.lodestar-user-picker-input');
    var list = group.querySelector('.lodestar-user-picker-list');
    var form = input && input.form;
    if (!input || !list || !form) { return; }
    // The login name travels in a hidden field; the visible one shows the display name.
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = input.name;
    input.removeAttribute('name');
    form.appendChild(hidden);
    var picked = { label: input.value, name: input.dataset.username || '' };
    var timer = null;
    var request = 0;
    var active = -1;

    function options() { return Array.prototype.slice.call(list.querySelectorAll('[role="option"]')); }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var all = options();
      all.forEach(function (o, i) { o.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0 && all[index]) {
        input.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function pick(user) {
      picked = { label: user.displayName, name: user.name };
      input.value = user.displayName;
      hidden.value = user.name;
      close();
    }

    function message(text) {
      var li = document.createElement('li');
      li.className = 'lodestar-user-picker-message';
      li.setAttribute('role', 'presentation');
      li.textContent = text;
      list.appendChild(li);
    }

    function show(body) {
      list.textContent = '';
      var users = (body && Array.isArray(body.users)) ? body.users : [];
      if (users.length === 0) {
        message(group.dataset.none);
      }
      users.forEach(function (user, i) {
        var li = document.createElement('li');
        li.id = input.id + '-option-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'lodestar-user-picker-option';
        li.dataset.username = user.name;
        var name = document.createElement('span');
        name.className = 'lodestar-user-picker-name';
        name.textContent = user.displayName;
        var login = document.createElement('span');
        login.className = 'lodestar-user-picker-login';
        login.textContent = user.name;
        li.appendChild(name);
        li.appendChild(login);
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
          pick(user);
        });
        list.appendChild(li);
      });
      if (body && body.more) {
        message(group.dataset.more);
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(users.length > 0 ? 0 : -1);
    }

    function search() {
      var query = input.value.trim();
      if (query.length < Number(group.dataset.minChars || 1)) { close(); return; }
      var mine = ++request;
      var url = group.dataset.searchUrl + '&query=' + encodeURIComponent(query);
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) {
          return response.ok ? response.json() : Promise.reject(response.status);
        })
        .then(function (body) {
          if (mine === request) { show(body); }
        }, function () {
          if (mine === request) {
            list.textContent = '';
            message(group.dataset.failed);
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
          }
        });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, DEBOUNCE_MS);
    });
    input.addEventListener('keydown', function (event) {
      var all = options();
      if (event.key === 'ArrowDown' && all.length) {
        event.preventDefault();
        if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
        highlight(Math.min(active + 1, all.length - 1));
      } else if (event.key === 'ArrowUp' && all.length) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && !list.hidden && active >= 0 && all[active]) {
        event.preventDefault();
        pick({ name: all[active].dataset.username,
               displayName: all[active].querySelector('.lodestar-user-picker-name').textContent });
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 0); });
    form.addEventListener('submit', function () {
      // A picked user goes as their login name; anything else as typed (the server resolves a
      // display name naming one user, or says which name it does not know).
      var typed = input.value.trim();
      hidden.value = (picked.name && typed === picked.label) ? picked.name : typed;
    });
    hidden.value = picked.name || input.value.trim();
  }

  function start() {
    document.querySelectorAll('#lodestar-register .lodestar-user-picker').forEach(initPicker);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
