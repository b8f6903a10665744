/* Starts Swagger UI on the OpenAPI document named by #swagger-ui's data-spec-url. */
(function () {
  'use strict';
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-spec-url'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    withCredentials: true
  });
}());
