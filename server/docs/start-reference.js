// Starts the API reference (see api-reference.ts) on the document this server serves.
window.addEventListener('DOMContentLoaded', () => {
  window.SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#reference',
    deepLinking: true,
    // Nothing leaves this origin: no validator badge fetched from elsewhere.
    validatorUrl: null,
  });
});
