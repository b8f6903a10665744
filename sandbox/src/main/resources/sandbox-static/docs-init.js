/* Starts Swagger UI on the OpenAPI document named by #swagger-ui's data-spec-url. */
(function () {
  'use strict';
  var root = document.getElementById('swagger-ui');
  /* Jira refuses a state-changing REST call without this header (XSRF check); a cross-site form
     cannot send it, a script of this page can, so "Try it out" works for writes too. */
  var WRITES = {POST: true, PUT: true, DELETE: true, PATCH: true};
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-spec-url'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    withCredentials: true,
    requestInterceptor: function (request) {
      if (WRITES[String(request.method || 'GET').toUpperCase()]) {
        request.headers = request.headers || {};
        request.headers['X-Atlassian-Token'] = 'no-check';
      }
      return request;
    }
  });
}());
